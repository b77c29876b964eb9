"""__slots__ across inheritance: slot descriptors inherited, redefining a slot in a subclass, multiple inheritance layout conflicts, __dict__ added later."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    __slots__ = ()
c = C()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), C.__slots__, [k for k in ("a", "b") if k in C.__dict__])
check(lambda: setattr(c, "z", 3))

class Redefine(A):
    __slots__ = ("a",)
r = Redefine()
r.a = "sub slot"
print(r.a, Redefine.a is A.a, type(Redefine.a).__name__)
check(lambda: A.a.__get__(r))

class X:
    __slots__ = ("x",)
class Y:
    __slots__ = ("y",)
check(lambda: type("XY", (X, Y), {}))
class Empty1:
    __slots__ = ()
class Empty2:
    __slots__ = ()
print([k.__name__ for k in type("Both", (Empty1, Empty2, X), {}).__mro__])
class WithDict(A):
    pass
w = WithDict()
w.a = 1
w.other = 2
print(w.a, vars(w))
class SlotsAndDictLater(WithDict):
    __slots__ = ("s",)
s = SlotsAndDictLater()
s.s = 1
s.anything = 2
print(s.s, vars(s))
print(sorted(getattr(cls, "__slots__", None) is not None for cls in (A, B, C, WithDict)))
# __slots__ is just a class attribute afterwards: changing it does nothing
A.__slots__ = ("changed",)
check(lambda: setattr(A(), "changed", 1))
