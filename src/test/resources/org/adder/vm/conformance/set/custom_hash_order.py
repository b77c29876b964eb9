"""Set iteration order determined by hash values: objects with chosen hashes (including collisions, negative hashes, hashes larger than the table), insertion after deletion reusing dummy slots, and growth rehashing."""
class H:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return self is o
    def __repr__(self):
        return self.name
s = set()
for name, h in [("a", 5), ("b", 13), ("c", 1), ("d", -3), ("e", 2**40 + 1), ("f", 5), ("g", 0)]:
    s.add(H(name, h))
    print(s)
items = list(s)
s.discard(items[1])
s.discard(items[3])
print(s)
s.add(H("h", 13))
s.add(H("i", 21))
print(s)
for k in range(20):
    s.add(H(f"n{k}", k * 8))
print(s)
print({H("x", -1), H("y", -2)}, {1, -1, 2**61 - 1, 2**61, -(2**61) + 1})
