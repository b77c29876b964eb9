"""ExceptionGroup/BaseExceptionGroup: construction rules, split, subgroup, derive, nesting, exceptions attribute, str/repr, errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
print(repr(nested))
print(str(nested), str(ExceptionGroup("one", [ValueError()])))

match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
match, rest = nested.split(lambda e: isinstance(e, TypeError))
print(repr(match), repr(rest))
print(nested.split(OSError))
print(nested.split(Exception)[0] is nested, nested.subgroup(Exception) is nested)
print(repr(nested.subgroup((KeyError, TypeError))))
print(nested.subgroup(ZeroDivisionError))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))

# BaseExceptionGroup picks its class from the contents
beg = BaseExceptionGroup("b", [ValueError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg2).__name__)
check(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
check(lambda: ExceptionGroup("x", []))
check(lambda: ExceptionGroup("x", [1]))
check(lambda: ExceptionGroup(1, [ValueError()]))
check(lambda: ExceptionGroup("x"))
check(lambda: ExceptionGroup("x", ValueError()))
check(lambda: ExceptionGroup("x", (ValueError(),)))
check(lambda: eg.split(1))
check(lambda: eg.split(int))

# derive keeps the class of the original when subclassing and copies notes/traceback on split
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", excs)
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
mg.add_note("a note")
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), m.__notes__, type(r).__name__, r.message)
print(repr(eg.derive([KeyError(9)])))
class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("nd", [ValueError(), TypeError()])
print(type(nd.split(ValueError)[0]).__name__)

try:
    raise ExceptionGroup("raised", [ValueError("v")])
except ExceptionGroup as caught:
    print("caught as ExceptionGroup", caught.exceptions)
try:
    raise ExceptionGroup("raised", [ValueError("v")])
except ValueError:
    print("never: plain except does not look inside")
except Exception as e:
    print("caught by Exception", type(e).__name__)
