"""C3 linearization: diamond, complex hierarchies, __mro__/__bases__, mro() override, and the inconsistent-MRO TypeError."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.__bases__, Z.__base__.__name__)

class Left: pass
class Right: pass
class Diamond(Left, Right): pass
print(names(Diamond), Diamond.mro() == list(Diamond.__mro__))

check(lambda: type("Bad", (A, K1), {}))
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
check(lambda: type("Conflict", (XY, YX), {}))
check(lambda: type("Dup", (X, X), {}))
check(lambda: type("Dup3", (X, Y, X), {}))
check(lambda: type("Dup3", (object, X), {}))

# builtin bases
class MyList(list): pass
class MyDict(dict): pass
print(names(MyList), names(MyDict), names(bool), names(type))
check(lambda: type("Both", (list, dict), {}))
check(lambda: type("Sub", (bool,), {}))
check(lambda: type("Sub", (1,), {}))

# a metaclass that overrides mro()
class ReverseMeta(type):
    def mro(cls):
        default = super().mro()
        print("mro() called for", cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class P: pass
class Q: pass
class R(P, Q, metaclass=ReverseMeta): pass
print(names(R))

# changing __bases__ recomputes the mro
class Base1:
    def who(self): return "Base1"
class Base2:
    def who(self): return "Base2"
class Kid(Base1): pass
k = Kid()
print(k.who())
Kid.__bases__ = (Base2,)
print(k.who(), names(Kid))
check(lambda: setattr(Kid, "__bases__", ()))
check(lambda: setattr(Kid, "__bases__", (Kid,)))
check(lambda: setattr(Kid, "__bases__", (1,)))
check(lambda: setattr(int, "__bases__", (object,)))
