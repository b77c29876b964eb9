"""type(name, bases, dict): dynamic classes, attribute copying, __qualname__ and __slots__ in the dict, and type() errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "kind": "point", "__repr__": lambda s: f"Point({s.v})"})
p = Point(3)
print(p, Point.kind, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
Sub = type("Sub", (Point,), {"__qualname__": "Outer.Sub", "__doc__": "dynamic doc"})
print(Sub(1), Sub.__qualname__, Sub.__doc__, [c.__name__ for c in Sub.__mro__])
print("__qualname__" in Sub.__dict__)
Slotted = type("Slotted", (), {"__slots__": ("a", "b")})
s = Slotted()
s.a = 1
check(lambda: setattr(s, "c", 1))
print(sorted(k for k in Slotted.__dict__ if not k.startswith("__")))

print(type(1), type("s"), type(type), type(None), type(type(None)))
check(lambda: type())
check(lambda: type("a", "b"))
check(lambda: type(1, (), {}))
check(lambda: type("N", 1, {}))
check(lambda: type("N", (), []))
check(lambda: type("N", (), {}, 1))
check(lambda: type("N", (), {"__qualname__": 1}))
check(lambda: type("N", (), {"__slots__": 1}))
check(lambda: type("N", (), {"__slots__": ("__dict__", "__dict__")}))
check(lambda: type(name="x"))
check(lambda: type("N", (), {}, extra=1))

# a namespace dict is copied: later changes do not affect the class
ns = {"a": 1}
T = type("T", (), ns)
ns["a"] = 2
ns["b"] = 3
print(T.a, hasattr(T, "b"))

# the metaclass is derived from the bases
class M(type): pass
class WithMeta(metaclass=M): pass
D = type("D", (WithMeta,), {})
print(type(D).__name__)
class M2(type): pass
class WithM2(metaclass=M2): pass
check(lambda: type("Clash", (WithMeta, WithM2), {}))
print(type.__name__, type.__qualname__, type.__module__, type.__base__, object.__base__)
