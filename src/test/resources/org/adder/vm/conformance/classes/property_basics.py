"""property: getter/setter/deleter, decorator chaining creates copies, docs, and the exact 'has no setter/deleter' messages."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        """The x property."""
        print("get x")
        return self._x
    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v
    @x.deleter
    def x(self):
        print("del x")
        del self._x
    @property
    def ro(self):
        return "read only"

a = A()
a.x = 5
print(a.x)
del a.x
check(lambda: a.x)
print(A.x.__doc__, A.ro.__doc__, type(A.x).__name__)
check(lambda: setattr(a, "ro", 1))
def del_ro():
    del a.ro
check(del_ro)
check(lambda: setattr(a, "nope", 1) or a.nope)

# the setter decorator returns a new property; the original is unchanged
base = property(lambda self: "base")
with_setter = base.setter(lambda self, v: None)
print(base is with_setter, base.fset, with_setter.fset is not None)

class B:
    p = property()
check(lambda: B().p)
check(lambda: setattr(B(), "p", 1))
def del_p():
    del B().p
check(del_p)

# property object attributes
print(A.x.fget.__name__, A.x.fset.__name__, A.x.fdel.__name__, A.ro.fset)
prop = property(fget=len, doc="custom doc")
print(prop.__doc__, prop.fget)
print(property(A.x.fget).__doc__)

# property in a subclass overriding a plain attribute, and inheriting then extending
class Base:
    @property
    def v(self): return "base v"
class Derived(Base):
    @Base.v.setter
    def v(self, value):
        print("derived setter", value)
d = Derived()
d.v = 1
print(d.v, Base.v.fset)

# a property raising AttributeError triggers __getattr__
class WithGetattr:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(WithGetattr().broken)

# property wrapping a method name with a class name in its message (qualname not used)
class Outer:
    class Inner:
        @property
        def q(self): return 1
check(lambda: setattr(Outer.Inner(), "q", 2))
check(lambda: property(1, 2, 3, 4, 5))
print(property(None, None, None, None).fget)
