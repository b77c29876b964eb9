"""sys.exc_info() and sys.exception() at each point: in try, except, nested except, after except, finally, generators, functions called from handlers."""
import sys

def state(label):
    e = sys.exception()
    info = sys.exc_info()
    print(f"{label:28}", repr(e), info[0].__name__ if info[0] else None, info[1] is e)

state("start")
try:
    state("in try")
    raise ValueError("outer")
except ValueError:
    state("in except")
    try:
        raise TypeError("inner")
    except TypeError:
        state("in nested except")
    state("back in outer except")
    def helper():
        state("in function from handler")
    helper()
finally:
    state("in finally (handled)")
state("after")

try:
    try:
        raise KeyError("k")
    finally:
        state("finally while propagating")
except KeyError:
    pass

def gen():
    state("gen first resume")
    yield 1
    state("gen second resume")
    try:
        raise IndexError("in gen")
    except IndexError:
        state("gen in except")
        yield 2
        state("gen resumed in except")
    yield 3

g = gen()
next(g)
try:
    raise RuntimeError("caller")
except RuntimeError:
    next(g)
    state("caller after gen yield")
    next(g)
    state("caller after gen resume")
state("caller after except")

# exception raised and caught in a with-statement's __exit__
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        state("in __exit__")
        return True
with CM():
    raise ZeroDivisionError("in with")
state("after with")

# the exception variable is cleared but the exception object lives on if saved
saved = None
try:
    raise OSError("saved")
except OSError as e:
    saved = e
state("after saving")
print(repr(saved))
