"""Mapping patterns: key subsets, **rest, value patterns as keys, dict subclasses with __missing__ not consulted, duplicate key errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": "circle", **rest}:
            return f"circle with {rest}"
        case {"type": t}:
            return f"unknown type {t!r}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in ({"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 5, "c": (0, 0)}, {"type": "hex"},
          {"other": 1}, {}, [("type", "point")], "type", None):
    print(repr(v), "->", m(v))

class Missing(dict):
    def __missing__(self, k):
        print("__missing__ must not be called", k)
        return "default"
print(m(Missing(other=1)))
print(m(Missing(type="point", x=0, y=0)))

class Key:
    A = "a"
    B = 2
match {"a": 1, 2: "two", -3: "neg", b"k": "bytes"}:
    case {Key.A: va, Key.B: vb, -3: vn, b"k": vk}:
        print("value keys", va, vb, vn, vk)

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)
match {"a": None}:
    case {"a": None}:
        print("None value matched")
match {1: 1}:
    case {1.0: v}:
        print("key compared by hash/eq: 1.0 finds 1 ->", v)
match {True: "t"}:
    case {1: v}:
        print("True key found by 1 ->", v)

check(lambda: compile('match x:\n case {"k": a, "k": b}: pass', "<s>", "exec"))
check(lambda: compile('match x:\n case {**rest, "k": b}: pass', "<s>", "exec"))
check(lambda: compile('match x:\n case {x: 1}: pass', "<s>", "exec"))
K2 = type("K2", (), {"v": "dup"})
def runtime_dup(x):
    match x:
        case {K2.v: a, "dup": b}:
            return a, b
check(lambda: runtime_dup({"dup": 1}))

# mapping patterns use .get / keys of the subject: a custom mapping-like class is not a mapping
class Fake:
    def keys(self): return ["type"]
    def __getitem__(self, k): return "point"
print(m(Fake()))
# the mapping's items view is not consulted; only the listed keys are looked up
class Loud(dict):
    def get(self, k, d=None):
        print("get", k)
        return super().get(k, d)
    def __getitem__(self, k):
        print("__getitem__", k)
        return super().__getitem__(k)
match Loud(a=1, b=2):
    case {"a": 1, "b": bv}:
        print("matched", bv)
