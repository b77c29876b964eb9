"""super(): zero-arg and two-arg forms, cooperative diamonds, classmethods, __init_subclass__, properties via super, and errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Base:
    def who(self): return ["Base"]
    @classmethod
    def cwho(cls): return ["Base.cwho " + cls.__name__]
    @property
    def prop(self): return "Base.prop"
class L(Base):
    def who(self): return ["L"] + super().who()
    @classmethod
    def cwho(cls): return ["L.cwho"] + super().cwho()
class R(Base):
    def who(self): return ["R"] + super().who()
class D(L, R):
    def who(self): return ["D"] + super().who()
    @property
    def prop(self): return "D.prop+" + super().prop
print(D().who(), D.cwho(), D().prop)
print(super(L, D()).who(), super(R, D()).who())
print(super(D, D).cwho(), super(L, D).cwho())
print(super(D, D).who(D()))

# super object attributes and repr
s = super(L, D())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(repr(super(L, D)))

# errors
check(lambda: super())
def no_args_func():
    return super()
check(no_args_func)
class E:
    def m(self):
        return super(Base, self).who()
    def n():
        return super()
    @staticmethod
    def s():
        return super().m()
check(lambda: E().m())
check(lambda: E.n())
check(lambda: E.s())
check(lambda: super(int, "x"))
check(lambda: super(1, 2))
check(lambda: super(D, D()).nonexistent)
check(lambda: super(Base, Base()).who())

# super with __init_subclass__ and __class__ cell
class Plugin:
    def __init_subclass__(cls, **kw):
        print("Plugin.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Sub(Plugin):
    def __init_subclass__(cls, tag="", **kw):
        print("Sub.__init_subclass__", cls.__name__, tag)
        super().__init_subclass__(**kw)
class Leaf(Sub, tag="t"):
    pass
class Cell:
    def get(self):
        return __class__
print(Cell().get().__name__, Cell.get.__code__.co_freevars)

# super in __new__ and __init__ chain
class Counted:
    def __new__(cls, *a):
        print("Counted.__new__", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("Counted.__init__", a)
class More(Counted):
    def __new__(cls, *a):
        print("More.__new__")
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(*a)
        print("More.__init__ done")
More(1, 2)
check(lambda: object.__new__(More, 1))

# super setattr is not allowed for data on super objects
check(lambda: setattr(super(L, D()), "x", 1))
# first argument of zero-arg super reassigned
class Reassign:
    def m(self):
        self = 5
        return super().__repr__()
check(lambda: Reassign().m())
