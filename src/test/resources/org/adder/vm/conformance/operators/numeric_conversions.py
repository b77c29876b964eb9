"""__int__, __float__, __complex__, __index__ fallbacks in int()/float()/complex(); wrong return types and their messages."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class I:
    def __int__(self): return 7
class F:
    def __float__(self): return 2.5
class C:
    def __complex__(self): return 1 + 2j
class X:
    def __index__(self): return 3
class All:
    def __int__(self): return 1
    def __float__(self): return 2.0
    def __complex__(self): return 3j
    def __index__(self): return 4
check(lambda: (int(I()), float(F()), complex(C())))
check(lambda: (int(X()), float(X()), complex(X())))
check(lambda: (int(All()), float(All()), complex(All()), [0, 1, 2, 3, 4, 5][All()]))
check(lambda: float(I()))
check(lambda: int(F()))
check(lambda: complex(F()))
check(lambda: complex(I()))
check(lambda: int(C()))

class BadInt:
    def __int__(self): return "7"
class BadFloat:
    def __float__(self): return 1
class BadComplex:
    def __complex__(self): return 1.0
check(lambda: int(BadInt()))
check(lambda: float(BadFloat()))
check(lambda: complex(BadComplex()))

check(lambda: int("12"))
check(lambda: int(" -0x1f ", 16))
check(lambda: int("0x1f", 0))
check(lambda: int("0b101", 0))
check(lambda: int("010", 0))
check(lambda: int("1_000"))
check(lambda: int("1__0"))
check(lambda: int("12", 1))
check(lambda: int("12", 37))
check(lambda: int(12, 10))
check(lambda: int("abc"))
check(lambda: int(""))
check(lambda: int(None))
check(lambda: int([]))
check(lambda: int(1e300))
check(lambda: int(float("inf")))
check(lambda: int(float("nan")))
check(lambda: int(-2.9))
check(lambda: int(b"42"))
check(lambda: float("1e5"))
check(lambda: float(" -inf "))
check(lambda: float("nan"))
check(lambda: float("1_0.5"))
check(lambda: float("x"))
check(lambda: float(""))
check(lambda: float([]))
check(lambda: float(10**400))
check(lambda: complex("1+2j"))
check(lambda: complex("1 + 2j"))
check(lambda: complex(1, 2))
check(lambda: complex("1", 2))
check(lambda: complex(1j, 1j))
check(lambda: complex([]))
check(lambda: (int(True), float(False), complex(True)))
class IntSub(int): pass
check(lambda: type(int(IntSub(5))).__name__)
class FloatSub(float): pass
check(lambda: type(float(FloatSub(1.5))).__name__)
check(lambda: type(FloatSub(1.5) + 1).__name__)
