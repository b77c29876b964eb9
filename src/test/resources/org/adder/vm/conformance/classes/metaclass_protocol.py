"""Metaclasses: __prepare__ returning a custom mapping, __new__/__init__ signatures and kwargs, __call__ controlling instantiation, inheritance of metaclass."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return RecordingDict()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.assignment_order = [k for k in ns.order if not k.startswith("__")]
        return cls

class Rec(metaclass=OrderMeta):
    b = 1
    a = 2
    b = 3
    def c(self): pass
print(Rec.assignment_order, Rec.b)

class Singleton(type):
    instances = {}
    def __call__(cls, *a, **k):
        if cls not in Singleton.instances:
            print("creating", cls.__name__, a)
            Singleton.instances[cls] = super().__call__(*a, **k)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)

class KwMeta(type):
    def __new__(mcls, name, bases, ns, *, tag="none"):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Tagged(metaclass=KwMeta, tag="hello"):
    pass
class Inherits(Tagged):
    pass
print(Tagged.tag, Inherits.tag, type(Inherits).__name__)
check(lambda: KwMeta("X", (), {}, bogus=1))

# kwargs reach type.__init_subclass__ when nobody consumes them
check(lambda: type("Y", (), {}, stray=1))
def make_stray():
    class Z(stray=1):
        pass
check(make_stray)

# __prepare__ must return a mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
def bad_prep():
    class W(metaclass=BadPrepare):
        pass
check(bad_prep)

# metaclass can be any callable
def func_meta(name, bases, ns):
    print("func_meta called with", name, bases, sorted(k for k in ns if not k.startswith("__")))
    return {"not": "a class"}
class Weird(metaclass=func_meta):
    x = 1
print(Weird)

# methods defined on the metaclass are visible on the class, not on instances
class HasClassMethod(type):
    def describe(cls):
        return "I am " + cls.__name__
class Plain(metaclass=HasClassMethod):
    pass
print(Plain.describe())
check(lambda: Plain().describe())
print(isinstance(Plain, HasClassMethod), isinstance(Plain(), HasClassMethod), type(HasClassMethod).__name__)
