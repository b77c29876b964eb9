"""dir() of instances and user classes: dir(object()), dir of builtin instances equals dir of their type, user class/instance attributes with inheritance, __dir__ overrides (result sorted, must be iterable), dir() without arguments in different scopes."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(dir(object()))
print(dir(5) == dir(int), dir("s") == dir(str), dir([]) == dir(list), dir({}) == dir(dict), dir(1.5) == dir(float), dir(None) == dir(type(None)))
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
print([a for a in dir(Child) if not a.startswith("__")], [a for a in dir(Child()) if not a.startswith("__")])
print(dir(Child()))
print(sorted(set(dir(Child())) - set(dir(object()))))
class Custom:
    def __dir__(self):
        print("__dir__ called")
        return ["zeta", "alpha", "Beta", "alpha"]
print(dir(Custom()))
class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))
class BadDir:
    def __dir__(self):
        return 5
check(lambda: dir(BadDir()))
class NoneDir:
    def __dir__(self):
        return None
check(lambda: dir(NoneDir()))
class Slotted:
    __slots__ = ("s1", "s2")
print([a for a in dir(Slotted()) if not a.startswith("__")], "__slots__" in dir(Slotted), "__dict__" in dir(Slotted()))
def scope(a, b=1):
    c = 2
    print("function dir", dir())
scope(0)
class Body:
    x = 1
    print("class body dir", dir())
print("module dir", [n for n in dir() if not n.startswith("__")])
check(lambda: dir(1, 2))
import sys
print("argv" in dir(sys), "exit" in dir(sys), dir(sys) == sorted(dir(sys)))
print(dir(Child) == sorted(dir(Child)), type(dir()).__name__)
class Meta(type):
    meta_attr = 1
class WithMeta(metaclass=Meta):
    pass
print("meta_attr" in dir(WithMeta), hasattr(WithMeta, "meta_attr"), "meta_attr" in dir(WithMeta()))
print(dir(type(lambda: 0)))
