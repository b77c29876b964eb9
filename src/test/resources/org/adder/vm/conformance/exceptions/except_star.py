"""except*: splitting a group across clauses, naked exceptions wrapped, re-raise of unhandled parts, raising inside except*, order of clauses."""

def run(label, exc):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as g:
            print("ValueError clause:", repr(g), type(g).__name__)
        except* (TypeError, KeyError) as g:
            print("Type/Key clause:", repr(g))
    except BaseException as leftover:
        print("escaped:", repr(leftover))
    else:
        print("fully handled")

run("mixed", ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), OSError(4)]))
run("only values", ExceptionGroup("eg", [ValueError(1), ValueError(2)]))
run("naked ValueError", ValueError("naked"))
run("naked OSError", OSError("naked os"))
run("nested", ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("a"), ZeroDivisionError()]), TypeError("t")]))
run("no match", ExceptionGroup("eg", [ZeroDivisionError()]))

# raising a new exception in an except* clause
try:
    try:
        raise ExceptionGroup("src", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")
except BaseException as e:
    print(type(e).__name__, repr(e))
    for sub in e.exceptions:
        print("  sub:", repr(sub), "context:", repr(sub.__context__))

# bare raise inside except* re-raises the matched part
try:
    try:
        raise ExceptionGroup("src", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("re-raised:", repr(e))

# else and finally with except*
for exc in (None, ExceptionGroup("g", [ValueError()])):
    try:
        if exc:
            raise exc
    except* ValueError:
        print("handled")
    else:
        print("else ran")
    finally:
        print("finally ran")

# the handler's variable is a group even for a single exception, and sys.exception() matches
import sys
try:
    raise TypeError("single")
except* TypeError as g:
    print(repr(g), repr(sys.exception()), g is sys.exception())

# except* with ExceptionGroup type is a compile-time error; checked via compile()
try:
    compile("try:\n  pass\nexcept* ExceptionGroup:\n  pass", "<s>", "exec")
except SyntaxError as se:
    print("SyntaxError at compile:", se.msg)
try:
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
except TypeError as te:
    print("TypeError:", te)
try:
    compile("for x in y:\n  try:\n    pass\n  except* E:\n    break", "<s>", "exec")
except SyntaxError as se:
    print("SyntaxError:", se.msg)
