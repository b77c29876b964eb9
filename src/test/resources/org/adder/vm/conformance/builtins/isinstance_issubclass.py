"""Builtins isinstance and issubclass: tuples (nested), X | Y unions, bool/int relations, __instancecheck__/__subclasscheck__ on metaclasses, __class__ overrides, and error messages."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (float, int))), isinstance(1, ()), isinstance(None, type(None)))
print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None), issubclass(bool, int | str), isinstance([], list[int].__origin__))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), issubclass(bool, (str, (list, int))))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("__instancecheck__", cls.__name__, inst)
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", cls.__name__, sub.__name__)
        return sub is str
class Magic(metaclass=Meta):
    pass
check(lambda: isinstance("magic", Magic))
check(lambda: isinstance(5, Magic))
check(lambda: isinstance(Magic(), Magic))
check(lambda: issubclass(str, Magic))
check(lambda: issubclass(Magic, Magic))
check(lambda: isinstance(5, (int, Magic)))
check(lambda: isinstance(5, (Magic, int)))
class Liar:
    @property
    def __class__(self):
        print("__class__ read")
        return int
check(lambda: isinstance(Liar(), int))
check(lambda: isinstance(Liar(), Liar))
check(lambda: type(Liar()).__name__)
check(lambda: isinstance(1, 1))
check(lambda: isinstance(1, (int, 1)))
check(lambda: isinstance(1, (1, int)))
check(lambda: isinstance(1, "int"))
check(lambda: isinstance(1, list[int]))
check(lambda: issubclass(1, int))
check(lambda: issubclass(int, 1))
check(lambda: issubclass(int, (1,)))
check(lambda: issubclass(int, list[int]))
check(lambda: issubclass(int))
check(lambda: isinstance(1))
check(lambda: isinstance(1, int, str))
class Base:
    pass
class Derived(Base):
    pass
check(lambda: issubclass(Derived, Base))
check(lambda: issubclass(Base, Derived))
check(lambda: isinstance(Derived(), (Base,)))
check(lambda: issubclass(Derived, (int, (str, Base))))
check(lambda: Derived.__mro__)
check(lambda: Derived.__subclasscheck__(Base))
check(lambda: Base.__subclasses__())
