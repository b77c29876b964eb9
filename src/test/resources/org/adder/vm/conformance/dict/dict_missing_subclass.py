"""dict subclasses: __missing__ used by [] only (not get/in/pop), overridden __getitem__/__setitem__ ignored by dict methods and constructor, KeyError reprs for various keys."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e, repr(e.args))
    else:
        print(repr(r))

class Counter(dict):
    def __missing__(self, key):
        print("__missing__", repr(key))
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zz"], c.get("zz"), "zz" in c, c.get("zz", "dflt"))
check(lambda: c.pop("zz"))
class Loud(dict):
    def __getitem__(self, k):
        print("Loud.__getitem__", k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("Loud.__setitem__", k, v)
        dict.__setitem__(self, k, v)
l = Loud(a=1)
l["b"] = 2
l.update(c=3)
l.setdefault("d", 4)
print(l.get("a"), l["a"], dict(l), list(l.items()))
print({**l})
class MissingRaises(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
check(lambda: MissingRaises()["q"])
class MissingAttr(dict):
    __missing__ = None
check(lambda: MissingAttr()["q"])
for key in ["s", "", 1, 1.5, None, (1, 2), (), ("a",), frozenset({1}), b"b", "quote'd", 'dq"', "\n"]:
    check(lambda: {}[key])
try:
    {}[(1,)]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e), repr(e))
class D(dict):
    def __init__(self, *a, **k):
        print("D.__init__", a, k)
        super().__init__(*a, **k)
d = D([(1, 2)], x=3)
print(d, type(d | {}).__name__, type({} | d).__name__, type(d.copy()).__name__)
