from __future__ import annotations
import os.path as p, sys
from os import *
def f(a: int, /, b: str = "x", *args: list[T], c: int = 1, **kw: dict) -> Ret:
    x: int = 1
    y: List[int]
    (z): int = 3
    obj.attr: int = 4
    return lambda q, *, r=2: q + r + x
class C(Base, metaclass=M):
    a: int
    __private = 1
    def m(self):
        super().m()
        return __class__, self.__private, __other
    def __dunder__(self): pass
    class D:
        def n(self): return __class__
    import __mod.sub as __alias
x = [i for i in range(3)]
g = (j async for j in aiter())
async def h():
    return [k async for k in aiter()] + [await t for t in ts]
def cells():
    v = 1
    w = [lambda: v + u for u in range(3)]
    return [x for x in [y for y in range(3)]]
def walrus():
    [(last := i) for i in range(3)]
    return last
[(top := i) for i in range(3)]
def glob():
    global gg
    [(gg := i) for i in range(3)]
match cmd:
    case [first, *rest] if first:
        pass
    case {"k": v, **others}:
        pass
    case Point(x=0, y=yy) | Point(x=yy, y=0):
        pass
    case str() as s:
        pass
