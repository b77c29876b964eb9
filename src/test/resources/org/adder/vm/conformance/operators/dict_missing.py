"""__missing__ in dict subclasses: used by [] only (not get/in/pop), its return value, errors inside it, defaultdict-like counters."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Default(dict):
    def __missing__(self, key):
        print("__missing__", repr(key))
        return f"default for {key!r}"
d = Default(a=1)
check(lambda: d["a"])
check(lambda: d["b"])
check(lambda: "b" in d)
check(lambda: d.get("b"))
check(lambda: d.get("b", "get default"))
check(lambda: d.pop("b", "pop default"))
check(lambda: d.pop("b"))
check(lambda: d.setdefault("c", 3))
check(lambda: dict(d))

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

class Storing(dict):
    def __missing__(self, key):
        self[key] = v = len(self)
        return v
s = Storing()
print(s["x"], s["y"], s["x"], s)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"custom lookup failure for {key}")
check(lambda: Raising()["k"])
class MissingKeyError(dict):
    def __missing__(self, key):
        raise KeyError(key, "extra")
check(lambda: MissingKeyError()["k"])

# __missing__ set on the instance is ignored; set on the class later works
class Late(dict):
    pass
late = Late()
late.__missing__ = lambda k: "instance"
check(lambda: late["q"])
Late.__missing__ = lambda self, k: "class-level late"
check(lambda: late["q"])

# a plain dict has no __missing__; KeyError messages for various keys
for key in ("s", 1, (1, 2), None, 1.5, frozenset([1]), ()):
    try:
        {}[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
# __getitem__ override bypasses __missing__
class Override(dict):
    def __getitem__(self, k):
        return "override"
    def __missing__(self, k):
        return "never"
print(Override()["z"])
# the missing key of a subclass used by format_map and % formatting
print("{name} is {age}".format_map(Default(name="Ann")))
print("%(x)s and %(y)s" % Default(x=1))
