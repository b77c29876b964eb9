"""dict() construction forms: mapping, iterable of pairs, keywords, mixed, objects with keys(), duplicate keys, and the error messages for bad sequence elements."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

check(lambda: dict())
check(lambda: dict({"a": 1}, b=2))
check(lambda: dict([("a", 1), ("b", 2), ("a", 3)]))
check(lambda: dict(zip("abc", range(3))))
check(lambda: dict([["k", "v"], "xy", b"pq", (1, 2)]))
check(lambda: dict(a=1, b=2))
check(lambda: dict({"a": 1}, a=2))
check(lambda: dict([("a", 1)], a=2, b=3))
check(lambda: dict({1: 1, 1.0: 2, True: 3}))
check(lambda: {1: "a", 1.0: "b"})
check(lambda: {True: "t", 1: "one", 1.0: "float"})
check(lambda: dict([(i, i * i) for i in range(4)]))
check(lambda: {x: x % 3 for x in range(6)})
check(lambda: {**{"a": 1}, "b": 2, **{"a": 3}})
check(lambda: dict([1]))
check(lambda: dict([(1,)]))
check(lambda: dict([(1, 2), (1, 2, 3)]))
check(lambda: dict(["abc"]))
check(lambda: dict([None]))
check(lambda: dict(5))
check(lambda: dict({"a": 1}, {"b": 2}))
check(lambda: dict([[]]))
check(lambda: dict([{1, 2}]))
check(lambda: {[1]: 2})
check(lambda: {{}: 1})
check(lambda: dict({"x": 1}.items()))
check(lambda: dict(**{"a": 1}))
check(lambda: dict(**{1: 1}))
check(lambda: {**[1]})
check(lambda: {**None})
class HasKeys:
    def keys(self):
        print("keys()")
        return ["p", "q"]
    def __getitem__(self, k):
        print("getitem", k)
        return k.upper()
check(lambda: dict(HasKeys()))
check(lambda: {**HasKeys()})
d = {}
d.update(HasKeys())
print(d)
class BadKeys:
    def keys(self):
        return 5
check(lambda: dict(BadKeys()))
class Pairs:
    def __iter__(self):
        yield ("i", 1)
        yield ("j", 2)
check(lambda: dict(Pairs()))
