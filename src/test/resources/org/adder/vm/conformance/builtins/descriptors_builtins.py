"""Builtins property, classmethod, staticmethod: getters/setters/deleters, docstrings, errors for missing setter/deleter, calling through class and instance, chained classmethod, and reprs of bound methods."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class C:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        "the v property"
        print("get v")
        return self._v
    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value
    @v.deleter
    def v(self):
        print("del v")
        del self._v
    ro = property(lambda self: "read-only")
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return ("static", x)
c = C()
check(lambda: c.v)
c.v = 5
check(lambda: c.v)
del c.v
check(lambda: c.v)
check(lambda: C.v.__doc__)
check(lambda: type(C.v).__name__)
check(lambda: c.ro)
check(lambda: setattr(c, "ro", 1))
check(lambda: delattr(c, "ro"))
check(lambda: C.cm(1))
check(lambda: c.cm(2))
check(lambda: C.sm(3))
check(lambda: c.sm(4))
class D(C):
    pass
check(lambda: D.cm(5))
check(lambda: D().cm(6))
check(lambda: C.__dict__["sm"].__func__(7))
check(lambda: C.__dict__["cm"].__func__(C, 8))
check(lambda: C.__dict__["sm"](9))
check(lambda: type(C.__dict__["cm"]).__name__)
check(lambda: C.cm.__self__.__name__)
check(lambda: C.cm.__func__.__name__)
check(lambda: property().__get__(c))
check(lambda: property(None, None, None, "doc").__doc__)
p = property(lambda s: 1)
check(lambda: p.fget(None))
check(lambda: p.fset)
check(lambda: p.getter(lambda s: 2).fget(None))
check(lambda: property(1).__get__(c))
check(lambda: classmethod(1).__get__(c)())
check(lambda: staticmethod(1)())
check(lambda: staticmethod(len)("abc"))
check(lambda: classmethod(len).__get__(None, C)())
check(lambda: property.__get__(p, None, C) is p)
check(lambda: C.__dict__["ro"].__set__(c, 1))
class E:
    @property
    def bad(self):
        raise AttributeError("inner attribute problem")
    def __getattr__(self, name):
        return f"fallback for {name}"
check(lambda: E().bad)
