"""Annotations evaluated (no future import), docstring first."""
from __future__ import generator_stop
def f(a: A, *b: B, c: C = d, **e: E) -> R:
    v: V = 1
    w.x: W
    y[0]: Y = 2
class K:
    a: int
    b: [c for c in range(2)]
    def m(self, __p: P): __q = __p
x: X
def walrus_lambda():
    return lambda: [(t := i) for i in range(2)]
def asyncgen():
    async def inner():
        yield 1
        await x
    return inner
def ret_gen():
    yield from range(3)
    return 1
try:
    import zz
except ImportError as err:
    def fallback(): return err
else:
    def fallback(): pass
finally:
    def fin(): pass
try:
    pass
except* ValueError as eg:
    pass
with open(p) as (fa, fb), ctx() as fc:
    del fa
for i, (j, *k) in enumerate(items):
    pass
else:
    i = None
