"""Hand-written wraps(): copying __name__/__qualname__/__doc__/__module__/__dict__, __wrapped__ chains, signature-free introspection."""

def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def logged(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        print(f"calling {f.__name__}{args}{kwargs or ''}")
        result = f(*args, **kwargs)
        print(f"{f.__name__} returned {result!r}")
        return result
    return wrapper

def timed_label(label):
    def deco(f):
        @wraps(f)
        def wrapper(*a):
            return f"{label}:{f(*a)}"
        return wrapper
    return deco

@logged
@timed_label("L")
def area(w, h):
    """Area of a rectangle."""
    return w * h
area.unit = "m2"

print(area(2, 3))
print(area.__name__, area.__qualname__, area.__doc__, area.__module__, area.unit)
inner = area.__wrapped__
print(inner.__name__, inner(4, 5), inner.__wrapped__(4, 5), hasattr(inner.__wrapped__, "__wrapped__"))
chain = []
f = area
while hasattr(f, "__wrapped__"):
    chain.append(f.__code__.co_name)
    f = f.__wrapped__
chain.append(f.__code__.co_name)
print(chain)
print(area.__code__.co_varnames, area.__wrapped__.__wrapped__.__code__.co_varnames)

class Service:
    def __repr__(self):
        return "Service()"
    @logged
    def handle(self, req):
        """Handle one request."""
        return req.upper()
print(Service().handle("ping"))
print(Service.handle.__qualname__, Service.handle.__doc__)

# a class-based decorator keeps state and is itself callable
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
        self.__name__ = f.__name__
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def hello(n):
    return "hi " * n
print(hello(2), hello(1), hello.calls, hello.__name__, type(hello).__name__)
# class-based decorators are not descriptors, so they do not bind as methods
class UsesIt:
    @CountCalls
    def m(self):
        return "m"
try:
    UsesIt().m()
except TypeError as e:
    print("TypeError:", e)
print(UsesIt.m(UsesIt()))
