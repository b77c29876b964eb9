"""dict views: keys/items/values reprs, live updates, len, in, reversed, set operations on keys and items views (with sets, lists, other views), isdisjoint, comparisons, mapping attribute, errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)
d["d"] = 4
del d["a"]
print(k, v, i, list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k & {"b", "z"}, k | {"z"}, k - {"b"}, k ^ {"b", "q"}, {"b", "x"} & k, k & ["b", "x"])
print(i & {("b", 2), ("c", 0)}, i | [("e", 5)], i - {("b", 2)}, i ^ {("b", 2), ("z", 0)})
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], k < {"b", "c", "d", "e"}, k <= k, k > {"b"}, i == {("b", 2), ("c", 3), ("d", 4)})
print(k.isdisjoint({"x"}), k.isdisjoint(["b"]), i.isdisjoint([("b", 2)]), v == v, v == d.values())
print(k.mapping, type(k.mapping).__name__, k.mapping["b"], type(k).__name__, type(v).__name__, type(i).__name__)
print(type(k & {"b"}).__name__, type(k | k).__name__, {}.keys() & {}, {1: 2}.items() | set())
check(lambda: k & 5)
check(lambda: i | [1])
check(lambda: i & [[1, 2]])
check(lambda: v & {1})
check(lambda: v | v)
check(lambda: k + k)
check(lambda: k[0])
check(lambda: v[0])
check(lambda: hash(k))
check(lambda: [1] in k)
check(lambda: ([1], 2) in i)
check(lambda: k.mapping.__setitem__("x", 1))
check(lambda: k < 5)
it = iter(k)
print(next(it))
d["new"] = 0
check(lambda: next(it))
it2 = iter(d.items())
d.pop("new")
check(lambda: list(it2))
it3 = iter(d.values())
d["b"] = 20
print(list(it3))
e = {1: "x"}
it4 = iter(e)
del e[1]
e[2] = "y"
check(lambda: next(it4))
