"""set reprs: empty set(), nested frozensets, recursive via objects, set subclass reprs; set comprehension results; set equality with mixed numeric types and nan."""
class Node:
    def __init__(self, name):
        self.name = name
        self.peers = set()
    def __repr__(self):
        return f"Node({self.name}, {self.peers})"
    __hash__ = object.__hash__
n = Node("a")
m = Node("b")
n.peers.add(m)
print(n)
m.peers.add("x")
print(n, m)
print(set(), frozenset(), {frozenset()}, {frozenset({frozenset({1})})}, [set(), frozenset([1])], {1: set()})
class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), F(), F([2]), repr(S([3])), str(F("a")))
class R(set):
    def __repr__(self):
        return "R!"
print(R([1]), [R()], {"k": R()})
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {1.0, 1} == {1}, len({1, 1.0, 1 + 0j}))
nan = float("nan")
s = {nan}
print(nan in s, float("nan") in s, len({nan, nan}), len({float("nan"), float("nan")}), s == {nan})
print({x % 5 for x in range(20)}, {c.upper() for c in "hello"}, {(x, y) for x in range(2) for y in range(2)})
print(sorted({3, 1, 2}, reverse=True), max({3, 1, 2}), min(frozenset("xyz")), sum({1, 2, 3}), len(set("aab")))
