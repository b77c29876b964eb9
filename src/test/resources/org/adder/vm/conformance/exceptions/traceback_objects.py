"""__traceback__: tb_lineno, tb_next chains through calls, tb_frame.f_code.co_name, with_traceback, re-raise adds frames."""
import sys

BASE = sys._getframe().f_lineno

def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()

def describe(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - BASE))
        tb = tb.tb_next
    return out

try:
    outer()
except ValueError as e:
    print(describe(e.__traceback__))
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lasti >= 0)
    saved = e

# re-raising in another place adds that frame at the front
def rethrow(exc):
    raise exc
try:
    rethrow(saved)
except ValueError as e:
    print(describe(e.__traceback__))

# with_traceback replaces the traceback and returns the same exception
e2 = RuntimeError("new")
r = e2.with_traceback(saved.__traceback__)
print(r is e2, describe(e2.__traceback__))
try:
    raise e2
except RuntimeError as e:
    print(describe(e.__traceback__))
try:
    raise RuntimeError("x").with_traceback(None)
except RuntimeError as e:
    print(describe(e.__traceback__))
try:
    ValueError().with_traceback(5)
except TypeError as t:
    print("TypeError:", t)
try:
    saved.__traceback__ = "bad"
except TypeError as t:
    print("TypeError:", t)
saved.__traceback__ = None
print(saved.__traceback__)

# exception caught within the same function: a single entry
def local():
    try:
        raise KeyError(1)
    except KeyError as k:
        return describe(k.__traceback__)
print(local())

# traceback from a builtin raising inside a comprehension and a lambda
try:
    [int(x) for x in ["1", "zz"]]
except ValueError as e:
    print(describe(e.__traceback__))
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print(describe(e.__traceback__))

# sys.exc_info()[2] is the same traceback object
try:
    outer()
except ValueError as e:
    print(sys.exc_info()[2] is e.__traceback__, sys.exception() is e)
# tb_frame.f_locals of the deepest frame
def with_locals(a):
    b = a * 2
    raise ValueError
try:
    with_locals(21)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_locals)
