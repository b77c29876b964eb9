"""StopIteration.value, SystemExit.code, KeyError repr, NameError.name, ImportError attributes, StopAsyncIteration, exceptions as values."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", repr(e))
    else:
        print(repr(r))

for args in ((), (1,), (1, 2), (None,), ([],)):
    s = StopIteration(*args)
    print("StopIteration", args, repr(s.value))
for args in ((), (0,), ("msg",), (1, 2), (None,)):
    print("SystemExit", args, repr(SystemExit(*args).code))
s = StopIteration(1)
s.value = "changed"
print(s.value, s.args)

def gen():
    yield 1
    return "the return value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator return:", repr(e.value), e.args)

try:
    undefined_variable_xyz
except NameError as e:
    print(repr(e), repr(e.name))
def f():
    return local_missing
try:
    f()
except NameError as e:
    print(repr(e), e.name)
def g2():
    print(x)
    x = 1
try:
    g2()
except UnboundLocalError as e:
    print(type(e).__name__, e, repr(e.name))
print(NameError("m", name="nm").name, NameError().name)

ie = ImportError("msg", name="mod", path="/p")
print(ie, ie.name, ie.path, ie.msg, ie.args, repr(ie))
print(ImportError().msg, ImportError("a", "b").msg, ModuleNotFoundError("m", name="x").name)
check(lambda: ImportError(bogus=1))

try:
    {"a": 1}["b"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {}[("t", 1)]
except KeyError as e:
    print(str(e), repr(e))

# exceptions are ordinary objects: stored, compared by identity, raised later
errs = [ValueError(i) for i in range(3)]
print(errs, errs[0] == errs[0], ValueError(1) == ValueError(1))
caught = []
for err in errs:
    try:
        raise err
    except ValueError as e:
        caught.append(e is err)
print(caught)
print(repr(StopAsyncIteration("x")), repr(GeneratorExit()), repr(KeyboardInterrupt()), repr(BaseException("b", 1)))
print(repr(NotImplementedError), NotImplemented is not NotImplementedError)
check(lambda: BaseException.__new__(int))
print(issubclass(type(ArithmeticError()), Exception), ArithmeticError.__doc__)
