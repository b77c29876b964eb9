"""Descriptor protocol: data vs non-data precedence over instance dict, __get__ with None instance, __set__, __delete__, traces."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class NonData:
    def __get__(self, inst, owner):
        print("NonData.__get__", type(inst).__name__, owner.__name__)
        return "nondata"
class Data:
    def __get__(self, inst, owner):
        print("Data.__get__", type(inst).__name__, owner.__name__)
        return "data"
    def __set__(self, inst, value):
        print("Data.__set__", value)
        inst.__dict__["d"] = value
class SetOnly:
    def __set__(self, inst, value):
        print("SetOnly.__set__", value)
class DeleteOnly:
    def __delete__(self, inst):
        print("DeleteOnly.__delete__")

class C:
    n = NonData()
    d = Data()
    s = SetOnly()
    x = DeleteOnly()

c = C()
print(c.n)
c.__dict__["n"] = "instance wins over non-data"
print(c.n)
c.d = 5
print(c.__dict__["d"], c.d)
print(C.n, C.d)
c.s = 1
print(type(c.s).__name__)
c.__dict__["s"] = "instance value"
print(type(c.s).__name__)
del c.x
check(lambda: setattr(c, "x", 1))
def del_d():
    del c.d
check(del_d)
def del_n():
    del c.n
del_n()
print(c.n)

# descriptor on the metaclass vs on the class
class MetaDesc:
    def __get__(self, inst, owner):
        return f"meta-desc for {inst.__name__}"
class Meta(type):
    attr = MetaDesc()
class K(metaclass=Meta):
    pass
print(K.attr)
class K2(metaclass=Meta):
    attr = "class attribute"
print(K2.attr)

# __get__ is looked up on the descriptor's type
class Plain:
    pass
pl = Plain()
pl.__get__ = lambda *a: "never"
class H:
    v = pl
print(H().v is pl)

# a descriptor raising AttributeError falls back to __getattr__
class Failing:
    def __get__(self, inst, owner):
        raise AttributeError("descriptor failed")
class G:
    f = Failing()
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(G().f)
check(lambda: G.f)

# functions are non-data descriptors
def func(self):
    return "bound to " + type(self).__name__
print(func.__get__(c, C)(), func.__get__(None, C) is func)
print(hasattr(func, "__set__"), hasattr(property(), "__set__"), hasattr(classmethod(func), "__set__"))

# __set_name__ + storage under a private name
class Typed:
    def __init__(self, tp): self.tp = tp
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return getattr(inst, self.name)
    def __set__(self, inst, value):
        if not isinstance(value, self.tp):
            raise TypeError(f"{self.name[1:]} must be {self.tp.__name__}, not {type(value).__name__}")
        setattr(inst, self.name, value)
class Person:
    age = Typed(int)
    name = Typed(str)
pr = Person()
pr.age = 30
pr.name = "Ann"
print(pr.age, pr.name, vars(pr))
check(lambda: setattr(pr, "age", "old"))
check(lambda: Person().age)
