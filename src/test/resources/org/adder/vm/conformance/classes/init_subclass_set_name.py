"""__init_subclass__ with keyword arguments and super() chains; __set_name__ calls, order, late assignment, errors inside."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e, "| notes:", getattr(e, "__notes__", None))
    else:
        print(repr(r))

class Registry:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("Registry.__init_subclass__", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Registry.plugins.append(cls.plugin_name)

class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("Mixin.__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)

class Alpha(Registry, name="alpha!"):
    pass
class Beta(Registry):
    pass
class Gamma(Registry, Mixin, name="g"):
    pass
class Delta(Alpha):
    pass
print(Registry.plugins, Delta.plugin_name)
def bad_kw():
    class Bad(Registry, unknown=1):
        pass
check(bad_kw)

# __init_subclass__ is implicitly a classmethod
print(type(Registry.__dict__["__init_subclass__"]).__name__)

class Field:
    def __init__(self):
        self.name = None
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner):
        return self if inst is None else f"<field {self.name}>"

class Model:
    first = Field()
    second = Field()
    alias = first  # same object: __set_name__ called again with the alias
print(Model.first.name, Model().second)

# assigning after class creation does not call __set_name__
f = Field()
Model.late = f
print(f.name)

# __set_name__ raising: the error propagates (3.12 no longer wraps it in RuntimeError)
class Exploding:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")
def boom():
    class Host:
        x = Exploding()
check(boom)

# non-callable __set_name__ attribute
class NotCallable:
    __set_name__ = 5
def nc():
    class Host2:
        y = NotCallable()
check(nc)

# __set_name__ looked up on the type of the value
class Inst:
    pass
i = Inst()
i.__set_name__ = lambda *a: print("never called")
class Host3:
    z = i
print("instance attribute ignored")
