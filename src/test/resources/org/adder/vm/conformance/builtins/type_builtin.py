"""Builtin type: one-argument form, three-argument class creation (bases, dict, qualname, slots), metaclass conflicts, type attributes (__name__, __qualname__, __module__, __bases__, __mro__), and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(type(1), type("s"), type(None), type(type), type(int), type(len), type([].append), type(lambda: 0), type(type(1)))
X = type("X", (), {"a": 1, "f": lambda self: "f called"})
print(X, X.__name__, X.__qualname__, X.__module__, X.__bases__, X().a, X().f(), [k for k in X.__dict__ if not k.startswith("__")])
Y = type("Y", (X, int), {"__qualname__": "Outer.Y", "__slots__": ()})
print(Y.__name__, Y.__qualname__, [k.__name__ for k in Y.__mro__], Y(5) + 1, repr(Y))
check(lambda: type("Z", (1,), {}))
check(lambda: type("Z", (), 5))
check(lambda: type(5, (), {}))
check(lambda: type("Z", 5, {}))
check(lambda: type("Z", ()))
check(lambda: type())
check(lambda: type("Z", (bool,), {}))
check(lambda: type("Z", (int, str), {}))
check(lambda: type("Z", (), {"__slots__": 5}))
check(lambda: type("Z", (), {"__slots__": ("a", "a")}))
check(lambda: type("Z", (), {"__qualname__": 5}))
check(lambda: type("Z\x00", (), {}))
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
check(lambda: type("C", (A, B), {}))
check(lambda: M1("C", (A,), {}).__class__.__name__)
check(lambda: type("C", (A,), {}).__class__.__name__)
class Q:
    class Inner:
        pass
print(Q.Inner.__qualname__, Q.Inner.__name__, Q.Inner.__module__, Q.__dict__["Inner"] is Q.Inner)
check(lambda: setattr(Q, "__name__", "Renamed") or Q.__name__)
check(lambda: repr(Q))
check(lambda: setattr(Q, "__name__", 5))
check(lambda: setattr(Q, "__qualname__", "a.b") or repr(Q))
check(lambda: setattr(int, "__name__", "x"))
check(lambda: setattr(Q, "__bases__", (int,)))
check(lambda: setattr(Q, "__mro__", ()))
check(lambda: type.__dict__["__name__"].__get__(int))
check(lambda: type.mro(bool))
check(lambda: type.__call__(int, "7"))
check(lambda: type.__new__(type, "N", (), {}).__name__)
check(lambda: type.__new__(int, "N", (), {}))
check(lambda: type.__init__(int, 1, 2, 3, 4))
check(lambda: [k for k in int.__subclasses__() if k.__module__ == "__main__"])
check(lambda: type("P", (), {"__module__": "custom_mod"}))
