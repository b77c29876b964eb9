"""Special methods are looked up on the type, not the instance: instance attributes named __len__ etc. are ignored by builtins and operators."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__add__ = lambda o: "inst add"
c.__repr__ = lambda: "inst repr"
c.__iter__ = lambda: iter([1])
c.__call__ = lambda: "inst call"
c.__bool__ = lambda: False
c.__getitem__ = lambda k: k
c.__hash__ = None
c.__eq__ = lambda o: True
c.__contains__ = lambda x: True

check(lambda: len(c))
check(lambda: c.__len__())
check(lambda: c + 1)
check(lambda: c.__add__(1))
check(lambda: repr(c).startswith("<__main__.C object at"))
check(lambda: list(c))
check(lambda: c())
check(lambda: bool(c))
check(lambda: c[0])
check(lambda: isinstance(hash(c), int))
check(lambda: c == 1)
check(lambda: 1 in c)

# explicit method calls do go through the instance
check(lambda: c.__repr__())
check(lambda: c.__call__())

# the class's own methods: the class object is not an instance of itself
class D:
    def __len__(self): return 3
    def __repr__(self): return "D()"
    def __call__(self): return "D instance called"
check(lambda: len(D()))
check(lambda: len(D))
check(lambda: repr(D).startswith("<class"))
check(lambda: type(D()).__name__)
check(lambda: D()())

# __getattr__ is not consulted for implicit special-method lookup
class G:
    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: 99
g = G()
check(lambda: len(g))
check(lambda: g + 1)
check(lambda: g.__len__())
check(lambda: str(g).startswith("<__main__.G"))

# a metaclass method is used for operators on the class object
class Meta(type):
    def __len__(cls): return 10
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __add__(cls, o): return "class add"
class M(metaclass=Meta):
    def __len__(self): return 1
check(lambda: (len(M), len(M()), M[3], M + 1))
check(lambda: M() + 1)
