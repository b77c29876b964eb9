"""Exceptions inside except blocks: implicit chaining, chains of three, handler re-raising a different type, context of exceptions raised in called functions."""

def show(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({', '.join(map(repr, e.args))})"
                     + (" [cause]" if e.__cause__ is not None else "")
                     + (" [suppressed]" if e.__suppress_context__ else ""))
        e = e.__cause__ or e.__context__
    print(" -> ".join(parts))

def a():
    try:
        int("x")
    except ValueError:
        return {}["missing"]
try:
    a()
except KeyError as e:
    show(e)

def b():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise KeyError(3)
try:
    b()
except KeyError as e:
    show(e)

def helper():
    raise RuntimeError("from helper")
def c():
    try:
        [][0]
    except IndexError:
        helper()
try:
    c()
except RuntimeError as e:
    show(e)

def d():
    try:
        raise ValueError("v")
    except ValueError as v:
        raise TypeError("t") from v
try:
    d()
except TypeError as e:
    show(e)

def e_():
    try:
        raise ValueError("v")
    except ValueError:
        raise TypeError("t") from None
try:
    e_()
except TypeError as e:
    show(e)
    print("context still recorded:", repr(e.__context__))

# an exception handled completely inside a handler does not leak into the context
def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("temp")
        except TypeError:
            pass
        raise KeyError("final")
try:
    f()
except KeyError as e:
    show(e)

# exceptions raised after the handler has finished are not chained
def g():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("later")
try:
    g()
except KeyError as e:
    show(e)

# errors while formatting the handler's message chain to the original
def h():
    try:
        raise ValueError("orig")
    except ValueError as v:
        print("message: %d" % "not a number")
try:
    h()
except TypeError as e:
    show(e)
