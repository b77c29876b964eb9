"""Instance vs class attribute lookup: shadowing, shared mutable class attributes, deleting the shadow, __class__ assignment, class attribute via type(self)."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Config:
    level = 1
    tags = []
    def bump(self):
        self.level += 1
    def add(self, t):
        self.tags.append(t)
c1, c2 = Config(), Config()
c1.bump()
print(c1.level, c2.level, Config.level, vars(c1), vars(c2))
c1.add("x")
print(c2.tags, Config.tags, vars(c1))
Config.level = 10
print(c1.level, c2.level)
del c1.level
print(c1.level)
check(lambda: delattr(c1, "level"))

# methods shadowed by instance attributes
class M:
    def greet(self):
        return "method"
m = M()
m.greet = lambda: "instance attribute"
print(m.greet(), M.greet(m), type(m).greet(m))
del m.greet
print(m.greet())

# __class__ assignment changes lookups
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
x = A()
x.data = 1
x.__class__ = B
print(x.who(), type(x).__name__, x.data, isinstance(x, A))
check(lambda: setattr(x, "__class__", int))
check(lambda: setattr(1, "__class__", bool))
check(lambda: setattr(x, "__class__", "B"))

# class attribute lookup walks the MRO; instance dict checked first for non-data attributes
class Base:
    shared = "base"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
leaf = Leaf()
print(leaf.shared)
Mid.shared = "mid"
print(leaf.shared)
leaf.shared = "own"
print(leaf.shared, Leaf.shared, Base.shared)
del Mid.shared
print(Leaf.shared)
# type(self).attr vs self.attr
class Counter:
    total = 0
    def inc(self):
        type(self).total += 1
class SubCounter(Counter):
    pass
Counter().inc(); SubCounter().inc(); SubCounter().inc()
print(Counter.total, SubCounter.total, "total" in SubCounter.__dict__)
