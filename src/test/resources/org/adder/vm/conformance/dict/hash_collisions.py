"""dicts with colliding hashes: keys with equal hash but unequal values coexist, __eq__ called only on hash matches, deleting and re-inserting colliding keys, iteration order unaffected, and hash/eq call traces."""
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print(f"hash({self.name})", end=" ")
        return self.h
    def __eq__(self, o):
        print(f"eq({self.name},{getattr(o, 'name', o)!r})", end=" ")
        return isinstance(o, K) and self.name == o.name
    def __repr__(self):
        return self.name
d = {}
for name in ("a", "b", "c", "d"):
    d[K(name, 7)] = name.upper()
    print("->", len(d))
print(d)
print(d[K("c", 7)])
print(K("z", 7) in d)
print(K("a", 8) in d)
del d[K("b", 7)]
print("->", d)
d[K("b", 7)] = "again"
print("->", d)
print(list(d.values()))
mixed = {K("x", 1): 1, 1: "int one", K("y", 1): 2}
print()
print(mixed[1], len(mixed))
print(hash(-1), hash(-2), {-1: "a", -2: "b"}, {hash(-1): 1} == {-2: 1})
e = {}
e[K("same", 3)] = 1
e[K("same", 3)] = 2
print()
print(e)
