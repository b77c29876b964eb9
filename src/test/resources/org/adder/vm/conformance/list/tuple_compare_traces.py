"""Tuple and list comparison algorithm traced: identity shortcut before __eq__, first differing element found with ==, then one < call on that pair; length decides when one is a prefix."""
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq({self.v},{o.v})", end=" ")
        return self.v == o.v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v})", end=" ")
        return self.v < o.v
    def __le__(self, o):
        print(f"le({self.v},{o.v})", end=" ")
        return self.v <= o.v
    def __gt__(self, o):
        print(f"gt({self.v},{o.v})", end=" ")
        return self.v > o.v
    __hash__ = object.__hash__
    def __repr__(self):
        return f"T{self.v}"
a, b, c = T(1), T(2), T(3)
for left, right in [((a, b), (a, c)), ((a, b), (T(1), T(2))), ((a,), (a, b)), ((a, c), (a, b)), ((T(1), b), (T(1), b))]:
    print("<", left < right)
    print("<=", left <= right)
    print("==", left == right)
    print(">", left > right)
    print("!=", left != right)
print([a, b] < [a, c], [a] == [a], [T(5)] >= [T(5)])
print()
print(max([(1, b), (1, c)]), min([[a, c], [a, b]]))
print()
print((a, b) in [(a, b)], [a, b].index(b), [T(2), T(2)].count(b))
