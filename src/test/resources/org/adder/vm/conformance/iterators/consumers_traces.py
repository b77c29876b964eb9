"""How builtins consume user iterators: list/tuple/sorted/sum/min/max/any/all/dict/set/str.join/enumerate/zip pull items in order, stop early where documented, and propagate exceptions from __next__; traced."""
class Src:
    def __init__(self, name, items, fail_at=None):
        self.name, self.items, self.fail_at, self.i = name, list(items), fail_at, 0
    def __iter__(self):
        print(f"{self.name}.__iter__")
        return self
    def __next__(self):
        if self.i == self.fail_at:
            print(f"{self.name} fails")
            raise ValueError(f"{self.name} broke")
        if self.i >= len(self.items):
            print(f"{self.name} stops")
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print(f"{self.name} -> {v!r}")
        return v
def run(label, f):
    try:
        print(label, "=", repr(f()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
run("list", lambda: list(Src("L", [1, 2])))
run("tuple", lambda: tuple(Src("T", "ab")))
run("sorted", lambda: sorted(Src("S", [3, 1, 2])))
run("sum", lambda: sum(Src("U", [1, 2, 3])))
run("min", lambda: min(Src("M", [4, 2])))
run("any", lambda: any(Src("A", [0, 1, 2])))
run("all", lambda: all(Src("B", [1, 0, 2])))
run("dict", lambda: dict(Src("D", [("a", 1), ("b", 2)])))
run("set", lambda: set(Src("E", [1, 1])))
run("join", lambda: "-".join(Src("J", ["x", "y"])))
run("zip", lambda: list(zip(Src("Z1", [1, 2, 3]), Src("Z2", "ab"))))
run("fail list", lambda: list(Src("F", [1, 2, 3], fail_at=1)))
run("fail sum", lambda: sum(Src("G", [1, 2], fail_at=2)))
run("in", lambda: 2 in Src("I", [1, 2, 3]))
run("unpack", lambda: (lambda a, b: (a, b))(*Src("P", [1, 2])))
run("max default", lambda: max(Src("X", []), default="none"))
run("enumerate", lambda: list(enumerate(Src("N", "q"), 5)))
run("filter", lambda: list(filter(None, Src("R", [0, 5]))))
