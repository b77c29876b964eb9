"""dict operations traced through key __hash__/__eq__: get/setdefault/pop/in/update/del each hash once, eq only on hash match; dict.copy and dict(d) do not rehash; fromkeys hashes each key."""
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print(f"hash{self.n}", end=" ")
        return self.n % 4
    def __eq__(self, o):
        print(f"eq{self.n}/{o.n}", end=" ")
        return self.n == o.n
    def __repr__(self):
        return f"K{self.n}"
def step(label, f):
    r = f()
    print("|", label, "->", r)
d = {}
step("set K1", lambda: d.__setitem__(K(1), "a"))
step("set K5", lambda: d.__setitem__(K(5), "b"))
step("get K5", lambda: d.get(K(5)))
step("get K9", lambda: d.get(K(9), "none"))
step("in K1", lambda: K(1) in d)
step("setdefault K9", lambda: d.setdefault(K(9), "c"))
step("setdefault K1", lambda: d.setdefault(K(1), "zzz"))
step("pop K5", lambda: d.pop(K(5)))
step("update", lambda: d.update({K(2): "x"}))
step("copy", lambda: len(d.copy()))
step("dict()", lambda: len(dict(d)))
step("fromkeys", lambda: len(dict.fromkeys([K(3), K(7)])))
step("del K9", lambda: d.__delitem__(K(9)))
step("keys", lambda: list(d))
step("eq dicts", lambda: d == {K(1): "a", K(2): "x"})
