"""classmethod and staticmethod: binding through instances/classes/subclasses, __func__, __wrapped__, chaining, callability."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    count = 0
    @classmethod
    def make(cls, *args):
        return cls.__name__, args
    @staticmethod
    def helper(x, y=1):
        return x + y
    def plain(self):
        return "plain"
class B(A):
    pass

print(A.make(1), A().make(2), B.make(), B().make(3))
print(A.helper(1), A().helper(1, 2), B.helper(5))
cm = A.__dict__["make"]
sm = A.__dict__["helper"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(A.make.__self__ is A, B.make.__self__ is B, A().make.__self__ is A)
print(type(A.make).__name__, type(A.helper).__name__, type(A.plain).__name__, type(A().plain).__name__)
print(sm(10), callable(sm), callable(cm))
check(lambda: cm(1))
print(cm.__get__(None, B)(), cm.__get__(A())())
print(sm.__name__, sm.__qualname__, cm.__name__, cm.__doc__)
check(lambda: A.plain())
check(lambda: A.helper())

# classmethod over a non-function
bound = classmethod(len).__get__(None, [1, 2, 3].__class__)
check(lambda: bound())
print(classmethod(dict.fromkeys.__func__ if hasattr(dict.fromkeys, "__func__") else print).__class__.__name__)

# classmethod wrapping property no longer chains in 3.12? check what 3.12 does
class C:
    @classmethod
    @property
    def cls_prop(cls):
        return "cls_prop of " + cls.__name__
print(C.cls_prop, C().cls_prop)

# staticmethod objects are callable directly since 3.10
print(staticmethod(lambda: "direct")())
print(repr(staticmethod(len)).startswith("<staticmethod("), repr(classmethod(len)).startswith("<classmethod("))
check(lambda: classmethod())
check(lambda: staticmethod(1, 2))

# attributes propagate through the wrapper
def documented():
    """doc of fn"""
documented.custom = "attr"
s = staticmethod(documented)
print(s.__doc__, s.__name__, s.custom if hasattr(s, "custom") else "no custom")
