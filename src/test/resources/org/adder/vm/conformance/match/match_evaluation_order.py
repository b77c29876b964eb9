"""Order of operations in match: subject once, patterns tried top to bottom, value patterns' attribute lookups, __eq__ calls traced, __len__/__getitem__ traced."""

log = []
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        log.append(f"Loud({self.v}).__eq__({other!r})")
        return self.v == other
    __hash__ = None
    def __repr__(self): return f"Loud({self.v})"

class NS:
    def __getattr__(self, name):
        log.append(f"lookup {name}")
        return {"ONE": 1, "TWO": 2}[name]
ns = NS()

match Loud(2):
    case ns.ONE:
        print("one")
    case ns.TWO:
        print("two")
print(log); log.clear()

match 2:
    case 1 | 3 | 2:
        print("or-pattern literal tried left to right")
print(log); log.clear()

class Tracked:
    __match_args__ = ("a", "b")
    def __init__(self):
        self._a, self._b = 1, 2
    @property
    def a(self):
        log.append("get a")
        return self._a
    @property
    def b(self):
        log.append("get b")
        return self._b
match Tracked():
    case Tracked(0, _):
        print("never")
    case Tracked(1, b=2):
        print("matched Tracked(1, b=2)")
print(log); log.clear()

match Tracked():
    case Tracked(a=9, b=9):
        print("never")
    case _:
        print("every attribute is fetched before any sub-pattern is compared")
print(log); log.clear()

class Dict(dict):
    def get(self, k, default=None):
        log.append(f"get {k!r}")
        return super().get(k, default)
    def keys(self):
        log.append("keys")
        return super().keys()
match Dict(x=1, y=2):
    case {"x": 1, "z": _}:
        print("never")
    case {"x": 1, **rest}:
        print("rest", rest)
print(log); log.clear()

# guard evaluated only after the pattern matched, each time
def g(tag):
    log.append("guard " + tag)
    return False
match [1, 2]:
    case [1, 2] if g("first"):
        pass
    case [1, _] if g("second"):
        pass
    case [3, _] if g("never"):
        pass
    case _:
        pass
print(log); log.clear()
