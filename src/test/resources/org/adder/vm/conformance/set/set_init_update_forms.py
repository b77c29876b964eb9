"""set() construction and update from many iterable kinds (dict keys, dict views, strings, generators, ranges, bytes), set.__init__ re-initialisation clearing contents, and frozenset() caching of the empty frozenset (by value only)."""
s = set({"k1": 1, "k2": 2})
print(s == {"k1", "k2"}, set({"a": 1}.values()), set({"a": 1}.items()), set("hello"), set(b"hello"), set(range(3)), set(x * 2 for x in range(3)))
s.__init__([9, 8])
print(s)
s.__init__()
print(s)
t = {1}
t.update({"x": 0}, "yz", b"\x01", range(2), (i for i in [7]))
print(t)
print(frozenset() == frozenset([]), frozenset(frozenset([1])) == frozenset({1}), frozenset("aab") == frozenset("ab"))
print(set([1, 2]) | frozenset([3]), frozenset([1]) | set([2]), set().union(*[[1], [2], [3]]), set.union({0}, [1], (2,)))
print(set.intersection({1, 2, 3}, [2, 3], (3,)), set.difference({1, 2, 3}, [1], [2]), {1, 2}.issubset(range(5)), {1, 2}.issuperset(iter([1])))
