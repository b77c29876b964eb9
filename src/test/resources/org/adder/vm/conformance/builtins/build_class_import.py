"""Builtins __build_class__ and __import__('sys'): calling __build_class__ directly with a body function, metaclass and keywords; __prepare__; __import__ forms and errors (other modules are not imported)."""
import builtins
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def body():
    x = 1
    def method(self):
        return "method ran"
C = __build_class__(body, "C")
print(C.__name__, hasattr(C, "x"), hasattr(C, "method"), C.__qualname__, C.__bases__, sorted(C.__dict__))
class Template:
    x = 1
    def method(self):
        return "method ran"
D = __build_class__(body, "D", Template)
print(D.__name__, D.__bases__[0].__name__, D().method(), D.x, D.__module__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, [b.__name__ for b in bases], kw)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
E = __build_class__(body, "E", metaclass=Meta, flavour="x")
print(E.prepared, type(E).__name__)
class F(metaclass=Meta, flavour="y"):
    z = 3
check(lambda: __build_class__())
check(lambda: __build_class__(body))
check(lambda: __build_class__(5, "X"))
check(lambda: __build_class__(body, 5))
check(lambda: __build_class__(lambda: None, "L"))
s = __import__("sys")
print(s is builtins.__import__("sys"), s.__name__, type(s).__name__)
check(lambda: __import__())
check(lambda: __import__(5))
check(lambda: __import__(""))
check(lambda: __import__("sys", level=-1))
check(lambda: __import__("sys", {}, {}, [], 0).__name__)
check(lambda: __import__(name="sys").__name__)
check(lambda: __import__("builtins").len is len)
print(builtins.len is len, builtins.__name__, type(builtins).__name__, "print" in dir(builtins))
