"""Hand-written total ordering: sorted/min/max/bisect-like code calling only __lt__, reflected __gt__ use, sort stability, and errors mid-sort."""

log = []
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        log.append(f"{self.text}<{other.text}")
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    __hash__ = None
    def __repr__(self): return self.text

vs = [Version(t) for t in ("1.10", "1.2", "1.2.1", "0.9")]
print(sorted(vs))
print(len(log) > 0, all("<" in entry for entry in log)); log.clear()
print(max(vs), min(vs))
log.clear()
print(Version("2.0") > Version("1.0"), log); log.clear()
try:
    Version("1.0") <= Version("1.0")
except TypeError as e:
    print("TypeError:", e)

# stability: equal keys keep input order
records = [("b", 2), ("a", 1), ("c", 2), ("d", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1], reverse=True))

# an exception during sort leaves the list in some permutation with all elements
class Boom:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("cannot compare 3")
        return self.v < other.v
    def __repr__(self): return f"B{self.v}"
items = [Boom(v) for v in (5, 1, 3, 2)]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e, sorted(b.v for b in items))
# list.sort on mixed types
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1.5, True, -2]), sorted(["b", "B", "a", "_"]), sorted([(1, "b"), (1, "a"), (0, "z")]))
