"""Class patterns: __match_args__ positional matching, keyword patterns, builtin types matching self, isinstance semantics, every TypeError."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in (Point(0, 0), Point3(0, 0, 0), Point3(0, 5, 1), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2), "p"):
    print(where(p))

def builtin(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case complex():
            return "complex (not a self-matching type: no positional sub-pattern)"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-ish {b!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case set(s) | frozenset(s):
            return f"set-ish {sorted(s)}"
        case _:
            return "other"
for v in (True, 3, 2.5, 1j, "", "s", b"b", bytearray(b"x"), [9, 8], [], (1,), {"k": 1}, {3, 1}, frozenset([2]), None):
    print(repr(v), "->", builtin(v))

def eval_match(subject, pattern):
    ns = {"subject": subject, **globals()}
    exec(f"match subject:\n    case {pattern}:\n        result = 'matched'\n    case _:\n        result = 'no match'", ns)
    return ns["result"]
# errors
class NoMatchArgs:
    def __init__(self): self.a = 1
check(lambda: eval_match(NoMatchArgs(), "NoMatchArgs(1)"))
class TooFew:
    __match_args__ = ("a",)
    a = 1
    b = 2
check(lambda: eval_match(TooFew(), "TooFew(1, 2)"))
class BadArgsType:
    __match_args__ = ["a"]
    a = 1
check(lambda: eval_match(BadArgsType(), "BadArgsType(1)"))
class BadArgsItem:
    __match_args__ = (1,)
check(lambda: eval_match(BadArgsItem(), "BadArgsItem(1)"))
class Dup:
    __match_args__ = ("a",)
    a = 1
check(lambda: eval_match(Dup(), "Dup(1, a=1)"))
check(lambda: eval_match(5, "int(1, 2)"))
check(lambda: eval_match(1j, "complex(1j)"))
not_a_class = 5
check(lambda: eval_match(5, "not_a_class()"))
check(lambda: compile("match x:\n case Point(x=1, x=2): pass", "<s>", "exec"))
check(lambda: compile("match x:\n case Point(x=1, 2): pass", "<s>", "exec"))
# missing attribute just fails the match
check(lambda: eval_match(Point(1, 2), "Point(z=1)"))

print(eval_match(Point(1, 2), "Point(1, y=2)"), eval_match(Point(1, 2), "Point(y=2, x=1)"), eval_match(Point(1, 2), "object()"))
