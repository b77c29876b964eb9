"""__cause__, __context__, __suppress_context__: implicit chaining, raise from, raise from None, raise from a class, invalid causes."""

def check(f):
    try:
        f()
    except BaseException as e:
        return e

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
e = check(implicit)
print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def explicit():
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("converted") from k
e = check(explicit)
print(repr(e), repr(e.__cause__), repr(e.__context__), e.__cause__ is e.__context__, e.__suppress_context__)

def from_none():
    try:
        [][1]
    except IndexError:
        raise LookupError("clean") from None
e = check(from_none)
print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

def from_class():
    raise RuntimeError("x") from KeyError
e = check(from_class)
print(repr(e.__cause__), type(e.__cause__).__name__)

def from_other_exception_not_current():
    raise RuntimeError("y") from ValueError("unrelated")
e = check(from_other_exception_not_current)
print(repr(e.__cause__), e.__context__)

def bad_cause():
    raise RuntimeError("z") from 42
e = check(bad_cause)
print(type(e).__name__, e)
def bad_cause_class():
    raise RuntimeError("z") from int
e = check(bad_cause_class)
print(type(e).__name__, e)

# setting the attributes directly
err = ValueError("v")
err.__cause__ = KeyError("c")
print(err.__suppress_context__)
err.__cause__ = None
err.__suppress_context__ = False
try:
    err.__cause__ = 5
except TypeError as t:
    print("TypeError:", t)
try:
    err.__context__ = "s"
except TypeError as t:
    print("TypeError:", t)

# context is not set to itself when re-raising the handled exception
def reraise_same():
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
e = check(reraise_same)
print(repr(e), e.__context__)

# context chains do not form cycles
def cycle():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            a.__context__ = None
            raise a
e = check(cycle)
print(repr(e), repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else None)

# context set on an exception raised in finally
def in_finally():
    try:
        raise KeyError("first")
    finally:
        raise IndexError("second")
e = check(in_finally)
print(repr(e), repr(e.__context__))

# nested: cause chain walks
def deep():
    try:
        try:
            raise OSError("disk")
        except OSError as o:
            raise RuntimeError("service") from o
    except RuntimeError as r:
        raise SystemError("app") from r
e = check(deep)
chain = []
while e:
    chain.append(f"{type(e).__name__}({e})")
    e = e.__cause__
print(" <- ".join(chain))
