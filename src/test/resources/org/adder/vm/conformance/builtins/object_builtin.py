"""Builtin object: instances have no __dict__ and reject attributes, default __eq__/__ne__/__hash__ behaviour, __init__/__new__ excess-argument errors, __init_subclass__, __class_getitem__ absence, default __reduce_ex__ exists."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

o = object()
check(lambda: o.x)
check(lambda: setattr(o, "x", 1))
check(lambda: o.__dict__)
check(lambda: o == o)
check(lambda: o != o)
check(lambda: o == object())
check(lambda: o.__eq__(o))
check(lambda: o.__eq__(1))
check(lambda: o.__ne__(1))
check(lambda: o.__lt__(o))
check(lambda: o < o)
check(lambda: hash(o) == hash(o))
check(lambda: object(1))
check(lambda: object(x=1))
class Plain:
    pass
check(lambda: Plain(1))
class InitOnly:
    def __init__(self, a):
        self.a = a
check(lambda: InitOnly(1).a)
check(lambda: InitOnly())
check(lambda: InitOnly(1, 2))
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
check(lambda: type(NewOnly(1)).__name__)
class BadNew:
    def __new__(cls, a):
        return object.__new__(cls, a)
check(lambda: BadNew(1))
class BadInit:
    def __init__(self, a):
        object.__init__(self, a)
check(lambda: BadInit(1))
check(lambda: object.__new__(int))
check(lambda: object.__new__(5))
check(lambda: object.__init__(5))
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        print("__init_subclass__", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
class Sub(Base, tag="t1"):
    pass
check(lambda: type("Dyn", (Base,), {}, tag="t2"))
def bad_kw():
    class Bad(Base, tag="x", other=1):
        pass
check(bad_kw)
def plain_kw():
    class Bad2(object, flag=True):
        pass
check(plain_kw)
check(lambda: object[int])
check(lambda: Plain.__class_getitem__)
check(lambda: object.__doc__)
check(lambda: object.__base__)
check(lambda: object.__bases__)
check(lambda: object.__mro__)
check(lambda: type(object.__reduce_ex__).__name__)
check(lambda: object.__subclasshook__(int))
check(lambda: str(Plain()).startswith("<__main__.Plain object at 0x"))
check(lambda: object.__str__(InitOnly(1))[:22])
check(lambda: object.__format__(o, "") == str(o))
check(lambda: format(o, "x"))
check(lambda: o.__sizeof__() > 0)
check(lambda: object.__getstate__(InitOnly(3)))
check(lambda: object.__getstate__(o))
