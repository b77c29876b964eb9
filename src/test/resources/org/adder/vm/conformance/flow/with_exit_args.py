"""__exit__ receives the exact exception instance; traceback objects and exception types for various raises."""
import sys

class Rec:
    def __enter__(self):
        return self
    def __exit__(self, tp, val, tb):
        self.got = (tp, val, tb)
        print("exit type:", tp.__name__ if tp else None)
        print("  value is instance of type:", isinstance(val, tp) if tp else val)
        print("  tb line:", tb.tb_lineno - FIRST if tb else None)
        print("  exc_info inside exit:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True

FIRST = sys._getframe().f_lineno
r = Rec()
with r:
    raise ValueError("x")
print(repr(r.got[1]))

with r:
    1 / 0
print(repr(r.got[1]))

with r:
    {}["missing"]
print(repr(r.got[1]))

with r:
    pass
print(r.got)

err = OSError(2, "nope")
with r:
    raise err
print(r.got[1] is err, type(r.got[1]).__name__)

# exc_info is restored after the with
print("after:", sys.exc_info())

# generator-based manager written by hand (no contextlib)
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, tp, val, tb):
        if tp is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        return False

def managed(tag):
    print("setup", tag)
    try:
        yield tag.upper()
    except ZeroDivisionError as e:
        print("handled in generator:", e)
    finally:
        print("teardown", tag)

with GenCM(managed("one")) as v:
    print("value", v)
with GenCM(managed("two")):
    1 / 0
try:
    with GenCM(managed("three")):
        raise KeyError("three")
except KeyError as e:
    print("escaped", repr(e))
