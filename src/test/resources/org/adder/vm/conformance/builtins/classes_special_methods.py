"""Special method lookup on the type, not the instance: instance attributes named __len__/__repr__/__call__ are ignored by builtins, class-level changes take effect immediately, and __getattr__ is not used for special methods."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class C:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: 42
c = C()
c.__len__ = lambda: 5
c.__call__ = lambda: "called"
check(lambda: c.__len__())
check(lambda: len(c))
check(lambda: c())
check(lambda: type(c.__iter__).__name__)
check(lambda: iter(c))
check(lambda: c + 1)
C.__len__ = lambda self: 7
check(lambda: len(c))
C.__add__ = lambda self, o: ("added", o)
check(lambda: c + 1)
del C.__len__
check(lambda: len(c))
class R:
    def __repr__(self):
        return "class repr"
r = R()
r.__repr__ = lambda: "instance repr"
check(lambda: repr(r))
check(lambda: r.__repr__())
check(lambda: str(r))
class Meta(type):
    def __len__(cls):
        return 99
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __getitem__(cls, k):
        return f"Meta[{k}]"
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 1
check(lambda: len(WithMeta))
check(lambda: len(WithMeta()))
check(lambda: repr(WithMeta))
check(lambda: WithMeta["x"])
class CG:
    def __class_getitem__(cls, k):
        return f"CG[{k!r}]"
check(lambda: CG[int])
check(lambda: CG()[int])
class B:
    __hash__ = None
check(lambda: hash(B()))
class Eq:
    def __eq__(self, o):
        return True
check(lambda: hash(Eq()))
check(lambda: Eq.__hash__)
