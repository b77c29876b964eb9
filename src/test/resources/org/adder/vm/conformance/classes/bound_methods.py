"""Bound methods: __self__, __func__, equality and hashing rules, rebinding, methods of builtins, calling through the class."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class A:
    def m(self, x=0):
        return ("A.m", x)
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

a1, a2 = A(), A()
bm = a1.m
print(bm(), bm.__self__ is a1, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(a1.m is a1.m, a1.m == a1.m, a1.m == a2.m, a1.m != a1.m)
print(hash(a1.m) == hash(a1.m))
print(bm.__doc__, bm.__module__)
check(lambda: setattr(bm, "x", 1))
check(lambda: bm.nope)
A.m.attr = "function attr"
print(bm.attr)

# a bound method of a different function compares unequal
class B:
    def m(self): pass
    def n(self): pass
b = B()
print(b.m == b.n, b.m == B.m.__get__(b))

# methods stored on an instance are not bound
def standalone(*args):
    return args
b.inst_func = standalone
print(b.inst_func(1))
B.cls_func = standalone
print(b.cls_func(1)[1:], b.cls_func(1)[0] is b)

# builtin bound methods
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__self__ is lst, app.__name__, type(app).__name__)
print([].append == [].append, lst.append == lst.append)
print(type(list.append).__name__, type(dict.fromkeys).__name__, type(str.join).__name__)
check(lambda: list.append(lst))
check(lambda: list.append(1, 2))
print(str.upper("abc"), int.__add__(1, 2), list.__len__([1, 2]))

# method objects can be created explicitly
MethodType = type(bm)
mt = MethodType(standalone, "self-value")
print(mt(1, 2), mt.__self__)
check(lambda: MethodType(standalone, None))
check(lambda: MethodType(1, 2))

# repr pieces (address excluded)
r = repr(bm)
print(r.startswith("<bound method A.m of <__main__.A object at 0x"))
print(repr(app).startswith("<built-in method append of list object at 0x"))
class R:
    def __repr__(self): return "R()"
    def meth(self): pass
print(repr(R().meth))
