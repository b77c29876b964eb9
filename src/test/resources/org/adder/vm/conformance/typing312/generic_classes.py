"""PEP 695 generic classes: __type_params__, implicit Generic base, subscription, __orig_bases__, nested scopes, __mro__."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box.__type_params__, [c.__name__ for c in Box.__mro__], Box.__bases__)
b = Box(5)
print(b.get(), Box.get.__annotations__, Box.__init__.__annotations__)

class Pair[K, V](dict):
    pass
print(Pair.__type_params__, [c.__name__ for c in Pair.__mro__])

class Bounded[N: (int, float), S: str]:
    pass
N, S = Bounded.__type_params__
print(N, N.__constraints__, S.__bound__)

class Variadic[*Ts]:
    pass
print(Variadic.__type_params__, type(Variadic.__type_params__[0]).__name__)

class Callback[**P]:
    pass
print(Callback.__type_params__, type(Callback.__type_params__[0]).__name__)

# the type parameter is visible in methods via annotation scopes, not as a class attribute
class Scoped[T]:
    def m(self):
        return T
    attr: T
print(Scoped().m() is Scoped.__type_params__[0], "T" in Scoped.__dict__, Scoped.__annotations__)

# class keyword arguments and explicit bases still work
class Base:
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__, kw)
class Child[T](Base, flag=True):
    pass
print([c.__name__ for c in Child.__mro__])

# generic class nested in a generic function
def factory[U]():
    class Inner[V]:
        def both(self):
            return U, V
    return Inner
Inner = factory()
u, v = Inner().both()
print(u.__name__, v.__name__, Inner.__type_params__, Inner.__qualname__)
check(lambda: compile("class C[T](Generic[T]): pass", "<s>", "exec") and "compiles")
