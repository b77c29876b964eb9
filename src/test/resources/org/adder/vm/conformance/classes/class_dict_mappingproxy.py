"""__dict__ of classes is a read-only mappingproxy: contents, key order, errors on mutation, __qualname__/__module__/__doc__."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    """A's doc."""
    z = 1
    a = 2
    def m(self): pass

d = A.__dict__
print(type(d).__name__, list(d))
print(d["z"], "m" in d, d.get("missing", "dflt"), len(d) > 3)
check(lambda: d.__setitem__("x", 1))
check(lambda: d.pop("z"))
check(lambda: d["nope"])
check(lambda: setattr(A, "__dict__", {}))
A.new = "added"
print("new" in d, d["new"], list(d)[-1])
print(A.__doc__, A.__module__, A.__qualname__, A.__name__)

class B:
    pass
print(B.__doc__, sorted(B.__dict__))

class Outer:
    class Inner:
        class Deeper:
            def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.Deeper.__qualname__, Outer.Inner.Deeper.meth.__qualname__)
def fn():
    class InFunc:
        pass
    return InFunc
print(fn().__qualname__, fn().__name__)

# __name__ and __qualname__ are writable with type checks
B.__name__ = "Renamed"
B.__qualname__ = "X.Renamed"
print(B.__name__, B.__qualname__, repr(B).endswith("'__main__.X.Renamed'>"))
check(lambda: setattr(B, "__name__", 1))
check(lambda: setattr(B, "__qualname__", 2))
check(lambda: setattr(B, "__name__", "bad\0name"))
B.__module__ = "elsewhere"
print(repr(B))
check(lambda: setattr(int, "__name__", "x"))
check(lambda: setattr(int, "foo", 1))
check(lambda: delattr(A, "__doc__") or A.__doc__)

# mappingproxy operations
print(d == dict(d), type(d.copy()).__name__, sorted(d.keys() & {"z", "a", "q"}))
print(repr(type(A.__dict__.items())).startswith("<class 'dict_items'"))
check(lambda: d | {"q": 1} and "union ok")

# __dict__ of an instance is a plain dict and can be replaced
a = A()
a.x = 1
print(a.__dict__)
a.__dict__ = {"y": 2}
print(a.y, vars(a))
check(lambda: setattr(a, "__dict__", 5))
