"""Decorators: order of evaluation and application, stacked, with arguments, class decorators, returning non-callables."""

log = []
def deco(name):
    log.append("evaluate " + name)
    def apply(f):
        log.append(f"apply {name} to {getattr(f, '__name__', f)}")
        def wrapper(*a, **k):
            log.append("call " + name)
            return f(*a, **k)
        wrapper.__name__ = f"{name}({getattr(f, '__name__', '?')})"
        return wrapper
    return apply

@deco("outer")
@deco("middle")
@deco("inner")
def target(x):
    log.append("target body")
    return x * 2
print(log); log.clear()
print(target(21), target.__name__)
print(log); log.clear()

def replace_with(value):
    return lambda f: value
@replace_with(42)
def becomes_int():
    pass
print(becomes_int, type(becomes_int).__name__)

# the decorator expression can be any expression (PEP 614)
decos = {"d": lambda f: (lambda: "dict-deco " + f())}
@decos["d"]
def via_dict():
    return "x"
print(via_dict())
@(lambda f: f)
def ident():
    return "identity lambda"
print(ident())

# class decorators
def register(cls):
    cls.registered = True
    log.append("register " + cls.__name__)
    return cls
@register
class Plugin:
    pass
print(Plugin.registered, log); log.clear()

# decorator that counts calls using a function attribute
def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)

# method decorators see the function, not a bound method
def show_kind(f):
    print("decorating", type(f).__name__, f.__qualname__)
    return f
class K:
    @show_kind
    def m(self): return "m"
    @classmethod
    @show_kind
    def c(cls): return cls.__name__
    @staticmethod
    @show_kind
    def s(): return "s"
print(K().m(), K.c(), K.s())

# a decorator raising at definition time: the name is not bound
def bad(f):
    raise ValueError("rejected " + f.__name__)
try:
    @bad
    def rejected():
        pass
except ValueError as e:
    print("ValueError:", e)
print("rejected" in globals())
