"""dict methods: get setdefault pop popitem update clear copy keys values items fromkeys, with defaults, LIFO popitem, and every error message."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("new"), d.setdefault("n2", []), d)
print(d.pop("new"), d.pop("zz", "dflt"), d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ["w", 4]])
d.update(k=5)
d.update()
print(d)
e = d.copy()
e["x"] = "changed"
print(d["x"], e["x"], e == d, e is d)
e.clear()
print(e, d.fromkeys("ab"), dict.fromkeys(range(3), []), dict.fromkeys([], 1), dict.fromkeys({"k": 1}, 0))
check(lambda: d["missing"])
check(lambda: d.pop("missing"))
check(lambda: {}.popitem())
check(lambda: d[[1]])
check(lambda: d.get([1]))
check(lambda: [1] in d)
check(lambda: d.pop())
check(lambda: d.get())
check(lambda: d.get(1, 2, 3))
check(lambda: d.setdefault())
check(lambda: d.update(5))
check(lambda: d.update([1]))
check(lambda: d.update(["ab", "cde"]))
check(lambda: d.update([(1, 2, 3)]))
check(lambda: d.update({}, {}))
check(lambda: dict.fromkeys())
check(lambda: dict.fromkeys(5))
check(lambda: d.keys(1))
check(lambda: d.copy(1))
check(lambda: dict.get(5, 1))
check(lambda: d.setdefault({}, 1))
check(lambda: d.pop([], 1))
class Sub(dict):
    pass
r = Sub.fromkeys("xy", 0)
print(type(r).__name__, r, type(Sub(a=1).copy()).__name__)
class KeyObj:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return 1
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
    def __repr__(self):
        return f"K{self.n}"
m = {}
m[KeyObj(1)] = "one"
m[KeyObj(2)] = "two"
print(m[KeyObj(2)], len(m))
m[KeyObj(1)] = "uno"
print(m)
