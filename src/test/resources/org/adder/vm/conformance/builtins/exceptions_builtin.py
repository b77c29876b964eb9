"""Builtin exception objects: constructor args, str/repr with 0/1/many args, attributes (errno/strerror/filename on OSError, name on NameError/AttributeError, KeyError str quoting), __cause__/__context__/__suppress_context__, with_traceback, add_note, and the class hierarchy."""
def show(e):
    print(type(e).__name__, "| str:", repr(str(e)), "| repr:", repr(e), "| args:", e.args)
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"), KeyError(), KeyError(1, 2), IndexError(5),
          StopIteration(3), SystemExit(2), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), OSError("just message"),
          FileNotFoundError(2, "missing", "x"), UnicodeError("u"), ArithmeticError("a"), BaseExceptionGroup("grp", [ValueError(1)])]:
    show(e)
o = OSError(13, "Permission denied", "secret")
print(o.errno, o.strerror, o.filename, o.filename2, type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "y")).__name__)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
try:
    undefined_variable
except NameError as e:
    print(repr(e.name), e)
try:
    (1).nope
except AttributeError as e:
    print(repr(e.name), e.obj, e)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, e.__notes__ if hasattr(e, "__notes__") else "no notes")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print("TypeError:", te)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    print(type(k.__cause__).__name__, type(k.__context__).__name__, k.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as t:
    print(t.__cause__, type(t.__context__).__name__, t.__suppress_context__)
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException), issubclass(KeyboardInterrupt, Exception))
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
print(eg, repr(eg), [type(x).__name__ for x in eg.exceptions], eg.message)
match, rest = eg.split(ValueError)
print(match, rest)
print(eg.subgroup(lambda x: isinstance(x, KeyError)))
for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup([ValueError()], "m"),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
