"""Function object attributes: __name__, __qualname__, __module__, __doc__, __dict__, __defaults__, __globals__, writability errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def documented(a, b=1):
    """The docstring."""
    return a + b
def undocumented():
    pass
def not_a_doc():
    x = 1
    "this string is not a docstring"

print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__), undocumented.__doc__, not_a_doc.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__dict__)
print(documented.__globals__ is globals(), type(documented).__name__)
print(documented.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else documented.__builtins__ is __builtins__)

def outer():
    def inner():
        class Local:
            def meth(self):
                pass
        return Local
    return inner
Local = outer()()
print(outer().__qualname__, Local.__qualname__, Local.meth.__qualname__)

documented.__name__ = "renamed"
documented.__qualname__ = "Some.qual"
documented.__doc__ = "new doc"
documented.__module__ = "fake_module"
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
check(lambda: setattr(documented, "__name__", 5))
check(lambda: setattr(documented, "__qualname__", None))
check(lambda: delattr(documented, "__name__"))
check(lambda: setattr(documented, "__code__", 1))
check(lambda: setattr(documented, "__globals__", {}))
check(lambda: setattr(documented, "__closure__", ()))
check(lambda: documented.nonexistent)

documented.custom = [1, 2]
documented.__dict__["other"] = "via dict"
print(sorted(documented.__dict__.items()))
check(lambda: setattr(documented, "__dict__", []))
documented.__dict__ = {"replaced": True}
print(documented.__dict__, documented.replaced)

# swapping __code__ between compatible functions
def one(): return 1
def two(): return 2
one.__code__ = two.__code__
print(one(), one.__name__, one.__code__.co_name)
def needs_closure():
    v = 1
    def c(): return v
    return c
check(lambda: setattr(one, "__code__", needs_closure().__code__))

# repr shape without the address
r = repr(undocumented)
print(r.startswith("<function undocumented at 0x"), r.endswith(">"))
print(repr(Local.meth).startswith("<function outer.<locals>.inner.<locals>.Local.meth at "))
print(callable(one), callable(1), hasattr(one, "__call__"), hasattr(one, "__get__"))
print(type(one.__get__(None, int)).__name__, type(one.__get__(5)).__name__)
