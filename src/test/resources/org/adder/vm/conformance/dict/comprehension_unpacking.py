"""dict displays and comprehensions: evaluation order (key before value in 3.8+), later duplicates win but keep the first position, ** unpacking order, comprehension scoping, and errors inside comprehensions."""
def v(x):
    print("eval", x)
    return x
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(d)
print({v(i): v(i * 10) for i in range(2)})
dup = {"a": 1, "b": 2, "a": 3}
print(dup, list(dup))
print({**{"x": 1, "y": 2}, "x": 0, **{"z": 3, "y": 9}})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({n: n * n for n in range(6) if n % 2}, {c: i for i, c in enumerate("abca")})
print(dict(((k, len(k)) for k in ["aa", "b"])), {i: {j: i * j for j in range(2)} for i in range(2)})
i = "outer"
print({i: i for i in range(2)}, i)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {k: 1 / k for k in (1, 0)}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {**{1: 2}, **5}
except TypeError as e:
    print("TypeError:", e)
def f(**kw):
    return kw
print(f(**{"a": 1}, b=2), f(**{"b": 1}, **{"c": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
