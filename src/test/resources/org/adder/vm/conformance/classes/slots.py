"""__slots__: attribute restriction, slot descriptors, __dict__ and __weakref__ in slots, inheritance, defaults conflict, errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)
check(lambda: p.y)
check(lambda: setattr(p, "z", 1))
p.y = 2
del p.y
check(lambda: p.y)
def del_again():
    del p.y
check(del_again)
print(P.__slots__, "__dict__" in dir(P), "__weakref__" in dir(P))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class WithWeak:
    __slots__ = "__weakref__"
print("__weakref__" in WithWeak.__dict__, WithWeak.__slots__)

class Child(P):
    pass
c = Child(5)
c.extra = "child has a dict"
print(c.x, c.__dict__)

class ChildSlots(P):
    __slots__ = ("z",)
cs = ChildSlots(1)
cs.z = 3
check(lambda: setattr(cs, "w", 1))
print(cs.x, cs.z)

check(lambda: type("Conflict", (), {"__slots__": ("v",), "v": 1}))
check(lambda: type("BadName", (), {"__slots__": ("not valid",)}))
check(lambda: type("BadType", (), {"__slots__": (1,)}))
check(lambda: type("TwoDict", (), {"__slots__": ("__dict__", "__dict__")}))
check(lambda: type("Weak2", (), {"__slots__": ("__weakref__", "__weakref__")}))
class Dup:
    __slots__ = ("q", "q")
print("duplicate slot names allowed:", Dup.__slots__)
check(lambda: type("IntSub", (int,), {"__slots__": ("a",)}))
class TupSub(tuple):
    __slots__ = ()
print(TupSub((1, 2)), hasattr(TupSub(()), "__dict__"))

# string __slots__ is a single name; a dict's keys are names and values docstrings
class One:
    __slots__ = "only"
class Documented:
    __slots__ = {"a": "the a slot", "b": "the b slot"}
print(One.__dict__["only"].__name__, Documented.a.__doc__, Documented.b.__doc__)

# private names in slots are mangled
class Priv:
    __slots__ = ("__secret",)
    def __init__(self): self.__secret = 1
print(sorted(k for k in Priv.__dict__ if "secret" in k), Priv()._Priv__secret)

# slot descriptor used on the wrong type
check(lambda: P.x.__get__(Documented(), Documented))
check(lambda: P.x.__set__(1, 2))
# __class__ assignment needs compatible layouts
class P2:
    __slots__ = ("x", "y")
class Other:
    __slots__ = ("q",)
pp = P(0)
pp.__class__ = P2
print(type(pp).__name__)
check(lambda: setattr(pp, "__class__", Other))
