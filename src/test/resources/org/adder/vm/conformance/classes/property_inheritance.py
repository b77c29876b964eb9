"""Properties across inheritance: overriding getter only, extending via super(), property vs plain attribute in subclasses, abstract-like NotImplementedError."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Shape:
    @property
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")
    @property
    def label(self):
        return f"{type(self).__name__} with area {self.area}"
class Square(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self):
        return self.s ** 2
class Unfinished(Shape):
    pass
print(Square(3).label)
check(lambda: Unfinished().label)

class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, value): self._v = value
class OnlyGetter(Base):
    @property
    def v(self): return "overridden getter"
og = OnlyGetter()
check(lambda: og.v)
check(lambda: setattr(og, "v", 5))
class ExtendsSetter(Base):
    @Base.v.setter
    def v(self, value):
        print("validating", value)
        Base.v.fset(self, value * 10)
es = ExtendsSetter()
es.v = 4
print(es.v)
class CallsSuper(Base):
    @property
    def v(self):
        return ("wrapped", super().v)
print(CallsSuper().v)

# subclass replaces the property with a plain attribute
class Plain(Base):
    v = "class attribute"
p = Plain()
print(p.v)
p.v = "instance"
print(p.v, vars(p))
# a property defined on a subclass shadows an instance attribute set by the base __init__
class Shadow:
    def __init__(self):
        self.x = "set in base init"
class WithProp(Shadow):
    x = property(lambda self: "property wins")
check(lambda: WithProp())
class WithSettable(Shadow):
    @property
    def x(self): return self.__dict__.get("_x", "unset")
    @x.setter
    def x(self, v): self.__dict__["_x"] = v
print(WithSettable().x)
