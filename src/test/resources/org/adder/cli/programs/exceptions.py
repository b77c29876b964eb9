"""Exceptions: try/except/else/finally, chaining, custom classes, groups and except*, with."""
import contextlib


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def risky(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    if n < 0:
        raise AppError(n, "negative") from ValueError(n)
    return 10 // n


for n in (2, 0, -3):
    try:
        r = risky(n)
    except ZeroDivisionError as e:
        print("zde", e)
    except AppError as e:
        print("app", e.code, e, repr(e.__cause__))
    else:
        print("ok", r)
    finally:
        print("finally", n)


@contextlib.contextmanager
def tagged(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("suppressed", e)
    finally:
        print("exit", name)


with tagged("a") as a, tagged("b") as b:
    print(a, b)
    {}["missing"]

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", len(eg.exceptions))


def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise RuntimeError("outer")
    except RuntimeError as e:
        return type(e.__context__).__name__


print(nested())
raise AppError(7, "uncaught at the end")
