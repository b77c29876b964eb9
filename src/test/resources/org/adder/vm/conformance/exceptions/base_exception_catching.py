"""What except Exception does not catch: SystemExit, KeyboardInterrupt, GeneratorExit, BaseExceptionGroup; bare except catches all; re-raise order."""

def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "except Exception: " + type(e).__name__
    except BaseException as b:
        return "only BaseException: " + type(b).__name__

for exc in (ValueError(), SystemExit(1), KeyboardInterrupt(), GeneratorExit(), StopIteration(), ExceptionGroup("g", [ValueError()]),
            BaseExceptionGroup("g", [KeyboardInterrupt()]), ArithmeticError(), Warning("w")):
    print(repr(exc), "->", attempt(exc))

def bare(exc):
    try:
        raise exc
    except:
        return "bare except caught " + type(exc).__name__
print(bare(KeyboardInterrupt()), "|", bare(SystemExit()))

# a user exception deriving directly from BaseException
class Fatal(BaseException):
    pass
print(attempt(Fatal("x")))
# generator close: GeneratorExit passes through except Exception in the generator
def gen():
    try:
        yield 1
    except Exception:
        print("never: GeneratorExit is not an Exception")
    finally:
        print("generator finally ran")
g = gen()
next(g)
g.close()
print("closed cleanly")
# except* with BaseException subclasses
try:
    try:
        raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError("v")])
    except* ValueError as eg:
        print("handled", repr(eg))
except BaseExceptionGroup as rest:
    print("left over", repr(rest), type(rest).__name__)
