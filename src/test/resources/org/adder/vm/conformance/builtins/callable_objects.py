"""Calling conventions visible through builtins: functions with defaults, keyword-only and positional-only parameters, *args/**kwargs, and the exact TypeError messages for wrong calls (missing, unexpected, duplicate, too many)."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def f(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)
def g(*args, **kwargs):
    return (args, kwargs)
def h(x, y):
    return x - y
check(lambda: f(1, d=4))
check(lambda: f(1, 2, 3, d=4, e=6))
check(lambda: f(1, c=9, d=4))
check(lambda: f())
check(lambda: f(1))
check(lambda: f(1, 2, 3, 4, d=5))
check(lambda: f(a=1, d=4))
check(lambda: f(1, b=2, d=4))
check(lambda: f(1, d=4, z=0))
check(lambda: f(1, 2, c=3, d=4, **{"c": 5}))
check(lambda: h(1, 2, 3))
check(lambda: h(1, x=2))
check(lambda: h(y=1))
check(lambda: h(**{"x": 1, "y": 2}))
check(lambda: h(*[5], **{"y": 2}))
check(lambda: h(*5))
check(lambda: h(**5))
check(lambda: h(**{1: 2}))
check(lambda: g(1, *(2, 3), k=4, **{"m": 5}))
check(lambda: g(*"ab", *range(2)))
class C:
    def m(self, x):
        return x
    @staticmethod
    def s():
        return "s"
check(lambda: C().m())
check(lambda: C().m(1, 2))
check(lambda: C.m(1))
check(lambda: C.s(1))
check(lambda: (lambda: 0)(1))
check(lambda: (lambda *, k: k)(1))
check(lambda: (lambda a, /: a)(a=1))
check(lambda: len(obj=[1]))
check(lambda: int(x="5"))
check(lambda: sorted([1], key=None, reverse=False, extra=1))
check(lambda: f.__defaults__)
check(lambda: f.__kwdefaults__)
check(lambda: f.__code__.co_posonlyargcount)
check(lambda: f.__code__.co_kwonlyargcount)
check(lambda: f.__name__ + "/" + f.__qualname__)
