"""Rich comparisons: reflection (< becomes reflected >), __eq__ fallback to identity, __ne__ derived from __eq__, subclass priority, ordering errors."""

log = []
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"{type(self).__name__}({self.n})"
for name, sym in [("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="), ("eq", "=="), ("ne", "!=")]:
    def m(self, o, name=name):
        log.append(f"{self!r}.__{name}__({o!r})")
        return NotImplemented
    setattr(V, f"__{name}__", m)

def run(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = "TypeError: " + str(e)
    print(label, "->", r, log)

a, b = V(1), V(2)
run("a < b", lambda: a < b)
run("a <= b", lambda: a <= b)
run("a > b", lambda: a > b)
run("a >= b", lambda: a >= b)
run("a == b", lambda: a == b)
run("a == a", lambda: a == a)
run("a != b", lambda: a != b)
run("a != a", lambda: a != a)
run("a < 1", lambda: a < 1)
run("1 < a", lambda: 1 < a)

class W(V):
    pass
w = W(3)
run("a < w", lambda: a < w)
run("a == w", lambda: a == w)

# __ne__ defaults to the inverse of __eq__
class E:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        log.append("E.__eq__")
        return isinstance(o, E) and self.k == o.k
    __hash__ = None
run("E(1) != E(1)", lambda: E(1) != E(1))
run("E(1) != E(2)", lambda: E(1) != E(2))
class NonBoolEq:
    def __eq__(self, o):
        return "truthy string"
run("NonBoolEq != x", lambda: NonBoolEq() != 1)
run("NonBoolEq == x", lambda: NonBoolEq() == 1)

# builtin ordering errors
for f, label in ((lambda: 1 < "a", "1 < 'a'"), (lambda: [] > (), "[] > ()"), (lambda: None >= None, "None >= None"),
                 (lambda: {} <= {}, "{} <= {}"), (lambda: 1j < 2j, "1j < 2j"), (lambda: object() < object(), "object() < object()")):
    run(label, f)
print([1, 2] < [1, 3], (1, "a") < (1, "b"), [1] == [1.0], (1, 2) == [1, 2], "a" < "ab", b"a" < b"b", {1} < {1, 2})
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3, float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), nan in [nan], {nan: 1}.get(nan))
# comparing lists compares elements with == first, then with the operator
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(f"eq {self.v} {o.v}")
        return self.v == o.v
    def __lt__(self, o):
        log.append(f"lt {self.v} {o.v}")
        return self.v < o.v
run("[Loud] < [Loud]", lambda: [Loud(1), Loud(2)] < [Loud(1), Loud(3)])
