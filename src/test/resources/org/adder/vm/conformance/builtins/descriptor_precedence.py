"""Attribute lookup precedence: data descriptors on the type beat the instance __dict__, which beats non-data descriptors and plain class attributes; __getattr__ last; __set_name__; traced __get__/__set__ calls."""
class Data:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner):
        print("Data.__get__", inst is not None, owner.__name__)
        return "from data descriptor"
    def __set__(self, inst, value):
        print("Data.__set__", value)
        inst.__dict__["_" + self.name] = value
class NonData:
    def __get__(self, inst, owner):
        print("NonData.__get__", inst is not None)
        return "from non-data descriptor"
class C:
    d = Data()
    n = NonData()
    plain = "class attribute"
    def __getattr__(self, name):
        print("__getattr__", name)
        return f"fallback {name}"
c = C()
c.__dict__["d"] = "instance dict d"
c.__dict__["n"] = "instance dict n"
c.__dict__["plain"] = "instance dict plain"
print(c.d)
print(c.n)
print(c.plain)
print(c.missing)
c.d = 5
print(c.__dict__)
print(C.d, C.n, C.plain)
del c.__dict__["n"]
print(c.n)
class GetOnlyData:
    def __get__(self, inst, owner):
        return "get-only"
    def __delete__(self, inst):
        print("__delete__")
class D:
    g = GetOnlyData()
dd = D()
dd.__dict__["g"] = "shadow?"
print(dd.g)
del dd.g
try:
    dd.g = 1
except AttributeError as e:
    print("AttributeError:", e)
class Meta(type):
    attr = "meta attr"
    @property
    def prop(cls):
        return "meta property"
class K(metaclass=Meta):
    attr = "class attr"
print(K.attr, K.prop)
try:
    K().prop
except AttributeError as e:
    print("AttributeError:", e)
class Slots:
    __slots__ = ("a",)
    b = "class b"
s = Slots()
s.a = 1
print(s.a, type(Slots.__dict__["a"]).__name__)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    Slots().a
except AttributeError as e:
    print("AttributeError:", e)
