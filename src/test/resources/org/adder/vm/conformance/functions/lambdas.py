"""Lambdas: names and qualnames, defaults, closures, immediate calls, nested lambdas, conditional bodies, no statements."""

sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
add = lambda a, b=10, *rest, k=0, **kw: (a + b + sum(rest) + k, kw)
print(add(1), add(1, 2, 3, 4, k=5, z=6))
print((lambda: "immediate")())
print((lambda *a: a)(1, 2), (lambda **k: k)(x=1))

def factory():
    return lambda y: lambda z: (y, z)
print(factory()(1)(2))
print(factory().__qualname__, factory()(0).__qualname__)

class C:
    f = lambda self: "method lambda"
    g = staticmethod(lambda: "static lambda")
print(C().f(), C.g(), C.f.__qualname__)

key = lambda p: (-p[1], p[0])
print(sorted([("a", 2), ("b", 3), ("c", 2)], key=key))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

# lambda bodies can contain conditionals, comprehensions and walrus
pick = lambda x: "big" if x > 10 else "small"
print([pick(v) for v in (5, 50)])
evens = lambda n: [i for i in range(n) if not i % 2]
print(evens(7))

# a lambda returning a tuple vs a lambda in a tuple
pair = lambda: (1, 2)
pt = (lambda: 1, 2)
print(pair(), type(pt).__name__, pt[0]())

# recursion through the name binding
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(fact.__code__.co_name, fact.__code__.co_argcount, fact.__defaults__)
y_fact = (lambda f: lambda n: f(f, n))(lambda s, n: 1 if n < 2 else n * s(s, n - 1))
print(y_fact(10))
try:
    sq()
except TypeError as e:
    print("TypeError:", e)
try:
    sq(1, 2)
except TypeError as e:
    print("TypeError:", e)
