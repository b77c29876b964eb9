"""Exceptions raised in finally and except: replacement, context chaining, re-raise."""

def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e.args), "context:", repr(e.__context__), "cause:", repr(e.__cause__))
    else:
        print("no exception")

def a():
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")

def b():
    try:
        pass
    finally:
        raise TypeError("finally only")

def c():
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2)

def d():
    try:
        raise ValueError(1)
    except ValueError as e:
        raise KeyError(2) from e

def e():
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2) from None

def g():
    try:
        raise ValueError(1)
    except ValueError:
        raise

def h():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise TypeError("nested")
        except TypeError:
            pass
        raise  # re-raises ValueError, not TypeError

def i():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    print("err deleted after except:", "err" in dir())
    raise RuntimeError("after")

def j():
    try:
        try:
            raise ValueError("a")
        finally:
            print("finally sees exc_info:", type(__import__("sys").exc_info()[1]).__name__)
    except ValueError as e:
        print("caught", e)

for f in (a, b, c, d, e, g, h, i, j):
    print("--", f.__name__)
    show(f)

def k():
    try:
        raise ValueError(1)
    except ValueError as e1:
        try:
            raise TypeError(2)
        except TypeError as e2:
            raise KeyError(3)
try:
    k()
except KeyError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))
