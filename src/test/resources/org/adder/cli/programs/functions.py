"""Defaults, keyword-only and positional-only parameters, *args/**kwargs, recursion, decorators."""
import functools


def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        result = f(*args, **kwargs)
        print(f"{f.__name__}{args} {kwargs} -> {result!r}")
        return result
    return wrapper


@trace
def area(w, h=2, /, *, scale=1.0):
    return w * h * scale


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def collect(first, *rest, sep="-", **named):
    return sep.join([str(first), *map(str, rest)]) + "|" + ",".join(f"{k}={v}" for k, v in sorted(named.items()))


area(3)
area(3, 4, scale=0.5)
print([fib(i) for i in range(15)])
print(collect(1, 2, 3, sep="+", z=1, a=2))
print(collect("only"))
print((lambda x, y=10: x * y)(7), sorted([3, 1, 2], key=lambda v: -v))
print(area.__name__, area.__wrapped__.__code__.co_posonlyargcount, area.__wrapped__.__kwdefaults__)
