"""__new__ returning other types (then __init__ is skipped), __init__ returning non-None, excess-argument errors of object()."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class ReturnsInt:
    def __new__(cls, v):
        print("__new__", v)
        return v * 2
    def __init__(self, v):
        print("never called")
check(lambda: ReturnsInt(21))

class Other:
    def __init__(self):
        print("Other.__init__")
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("ReturnsOther.__init__ never")
print(type(ReturnsOther()).__name__)

class Base:
    def __init__(self):
        print("Base.__init__", type(self).__name__)
class ReturnsSubclassInstance(Base):
    def __new__(cls):
        return object.__new__(Child)
    def __init__(self):
        print("ReturnsSubclassInstance.__init__", type(self).__name__)
class Child(ReturnsSubclassInstance):
    pass
print(type(ReturnsSubclassInstance()).__name__)

class BadInit:
    def __init__(self):
        return 5
check(lambda: BadInit())
class NoneInit:
    def __init__(self):
        return None
print(type(NoneInit()).__name__)

# object() argument checks
check(lambda: object(1))
class NoInit:
    pass
check(lambda: NoInit(1))
check(lambda: NoInit(k=1))
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)
class OnlyNew:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print(OnlyNew(2).a)
check(lambda: OnlyNew())
class InitTakesNone:
    def __init__(self):
        pass
check(lambda: InitTakesNone(1))
check(lambda: object.__new__(1))
check(lambda: object.__new__(int))
check(lambda: int.__new__(str))
check(lambda: object.__init__(NoInit(), 1))

# __new__ is a static method implicitly
print(type(ReturnsInt.__dict__["__new__"]).__name__)
# immutable subclass customizing value in __new__
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("abc")
print(u, type(u).__name__, u + "d", type(u + "d").__name__)
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        return super().__new__(cls, v)
print(Positive(5) + 1, repr(Positive(3)))
check(lambda: Positive(-1))
