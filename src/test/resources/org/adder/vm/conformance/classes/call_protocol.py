"""__call__ on instances, callable(), metaclass __call__, calling classes with __call__ defined, call errors for non-callables."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1):
        return (self.n + x) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder))
check(lambda: add5())
check(lambda: add5(1, 2))
check(lambda: add5(1, times=2, extra=3))

class Chain:
    def __init__(self, path=()):
        self.path = path
    def __call__(self, step):
        return Chain(self.path + (step,))
    def __repr__(self):
        return "Chain" + repr(self.path)
print(Chain()("a")("b")("c"))

# a callable instance whose __call__ is itself an instance with __call__
class Inner:
    def __call__(self, *a):
        return ("Inner", a)
class Outer:
    __call__ = Inner()
print(Outer()(1, 2))

# __call__ as staticmethod/classmethod
class S:
    @staticmethod
    def __call__(*a):
        return ("static", a)
class K:
    @classmethod
    def __call__(cls, *a):
        return ("class", cls.__name__, a)
print(S()(1), K()(2))

for obj in (1, "s", [1], None, {}, 1.5, (1,)):
    try:
        obj()
    except TypeError as e:
        print("TypeError:", e)
print([callable(x) for x in (len, print, int, Adder, add5, 1, "x", lambda: 0, type, object())])

class NotCallable:
    pass
check(lambda: NotCallable()())
class CallNone:
    __call__ = None
check(lambda: CallNone()())
print(callable(CallNone()))

class Meta(type):
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        if args and args[0] == "skip":
            return "skipped construction"
        inst = super().__call__(*args, **kw)
        print("constructed", type(inst).__name__)
        return inst
class Made(metaclass=Meta):
    def __init__(self, *a, **k):
        print("Made.__init__", a, k)
Made(1, k=2)
print(Made("skip"))
