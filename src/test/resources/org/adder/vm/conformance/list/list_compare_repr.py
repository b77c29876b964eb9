"""list/tuple comparisons (lexicographic, identity shortcut, nan), recursive reprs ([...] and nested), repr of nested containers, and eq/lt call traces."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2], [1, 2] != [1, 2.0], (1, 2) < (1, 2, 3))
print([1] == (1,), (1,) == [1], [[1]] == [[1.0]], [1, [2, [3]]] < [1, [2, [4]]], () == (), [] == [])
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], (nan,) < (nan,), [nan, 1] < [nan, 2])
check(lambda: [1] < (1,))
check(lambda: [1, "a"] < [1, 2])
check(lambda: [1, 2] < [1, "a"])
check(lambda: (1, None) < (1, None))
check(lambda: [1, None] < [2, None])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
t = (a,)
print(t)
d = {"self": None}
d["self"] = d
d["list"] = [d]
print(d)
c = []
c.append([c, (c,), {"k": c}])
print(c)
print(a == a, a[2] is a)
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print(f"eq({self.n},{o.n})", end=" ")
        return self.n == o.n
    def __lt__(self, o):
        print(f"lt({self.n},{o.n})", end=" ")
        return self.n < o.n
    def __repr__(self):
        return f"V{self.n}"
print([V(1), V(2)] == [V(1), V(3)])
print([V(1), V(2)] < [V(1), V(3)])
print([V(1), V(2)] <= [V(1), V(2)])
x = V(5)
print([x] == [x], (x,) == (x,), x in [x])
print(repr([None, True, 1.0, "s", b"b", (1,), [], {}, set(), frozenset({1}), 1j, ..., NotImplemented, range(3), slice(1)]))
print(repr(((1,), ((),), [()])), repr((1)), repr((1,)), repr(tuple()), repr([[[]]]))
