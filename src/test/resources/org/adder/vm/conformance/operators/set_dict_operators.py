"""Set and dict operators: set/frozenset result types when mixed, comparisons (subset), dict views as sets, dict | and equality."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s, f = {1, 2, 3}, frozenset({3, 4})
check(lambda: (s | f, type(s | f).__name__, f | s, type(f | s).__name__))
check(lambda: (s & f, s - f, f - s, s ^ f, type(f & s).__name__))
check(lambda: ({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} < {2}, {1} > {2}, {1} == frozenset({1})))
check(lambda: s | [4])
check(lambda: s.union([4], (5,), "ab"))
check(lambda: s < [1])
check(lambda: s.issubset([1, 2, 3, 4]))
check(lambda: sorted(s ^ {2, 9}))
check(lambda: {1, 2} & {2.0, 3})
check(lambda: {True, 1, 1.0})
check(lambda: {1.0, 1, True})
check(lambda: {0, -0.0, False})
check(lambda: {"a"} - "a")

d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
check(lambda: d1 | d2)
check(lambda: d2 | d1)
check(lambda: d1.keys() & d2.keys())
check(lambda: d1.keys() | d2.keys())
check(lambda: d1.keys() - {"a"})
check(lambda: d1.keys() ^ d2)
check(lambda: d1.items() & {("a", 1), ("b", 3)})
check(lambda: d1.values() & d2.values())
check(lambda: d1.keys() == {"a", "b"})
check(lambda: d1.keys() < {"a", "b", "z"})
check(lambda: d1.values() == d1.values())
check(lambda: {"a": 1, "b": 2} == {"b": 2, "a": 1})
check(lambda: list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
check(lambda: {1: "x"} == {1.0: "x"})
check(lambda: d1 < d2)
check(lambda: d1 + d2)
check(lambda: d1 | [("z", 0)])
check(lambda: [("z", 0)] | d1)
check(lambda: sorted(d1.keys() | [3, 4], key=str))
check(lambda: d1.items() | {(1, [2])})
check(lambda: d1.keys().isdisjoint(["q"]))
check(lambda: repr(d1.keys()) + repr(d1.values()) + repr(d1.items()))
check(lambda: reversed(d1.items()).__next__())
