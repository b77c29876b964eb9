"""__annotations__ on functions, classes and modules; evaluation order and time; return annotation key."""

log = []
def ann(x):
    log.append(x)
    return x

def f(a: ann("a"), b: ann("b") = 1, *args: ann("args"), c: ann("c"), **kw: ann("kw")) -> ann("ret"):
    pass
print(log)
print(f.__annotations__)
print(list(f.__annotations__))

def g(x, y=2):
    pass
print(g.__annotations__, type(g.__annotations__).__name__)
g.__annotations__["x"] = int
print(g.__annotations__)
g.__annotations__ = {"new": str}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
del g.__annotations__
print(g.__annotations__)

class C:
    x: int
    y: "forward" = 3
    z: list[int]
print(C.__annotations__)
print(hasattr(C, "x"), C.y)

class D(C):
    w: float
print(D.__annotations__)

# annotations in module scope go into __annotations__
modvar: ann("modvar") = 1
other: tuple
print(__annotations__)

# annotated assignment with complex targets does not record
class E:
    pass
e = E()
e.attr: int = 5
d = {}
d["k"]: str = "v"
print(e.attr, d)

def local_ann():
    v: ann("local never evaluated") = 1
    return v
log.clear()
print(local_ann(), log)

lam = lambda q: q
print(lam.__annotations__)
print(f.__annotations__ is f.__annotations__)
