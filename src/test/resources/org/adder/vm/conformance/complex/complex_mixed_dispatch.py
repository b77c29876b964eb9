"""complex with user types: __complex__ vs __float__ vs __index__ preference in complex(), complex subclasses with __radd__ winning, complex.__eq__ with ints/floats/big ints, and hash consistency."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r), type(r).__name__)

class All:
    def __complex__(self):
        print("__complex__")
        return 1j
    def __float__(self):
        print("__float__")
        return 1.0
    def __index__(self):
        print("__index__")
        return 1
class FloatIndex:
    def __float__(self):
        print("__float__")
        return 2.0
    def __index__(self):
        print("__index__")
        return 2
class C(complex):
    def __radd__(self, o):
        print("C.__radd__", o)
        return C(complex(self) + o)
    def __repr__(self):
        return "C" + complex.__repr__(self)
check(lambda: complex(All()))
check(lambda: complex(FloatIndex()))
check(lambda: complex(All(), All()))
check(lambda: 1j + C(1))
check(lambda: 1 + C(1))
check(lambda: C(1) + 1)
check(lambda: 2.5 * C(2))
check(lambda: complex(2**53 + 1) == 2**53 + 1)
check(lambda: complex(2**53) == 2**53)
check(lambda: complex(1, 0) == 1)
check(lambda: complex(1, 1e-300) == 1)
check(lambda: 10**400 == complex(1e300))
check(lambda: hash(complex(2**61 - 1, 0)) == hash(2**61 - 1))
check(lambda: hash(complex(0, 1)))
check(lambda: hash(complex(1, 1)))
check(lambda: hash(complex(-1, -1)))
check(lambda: complex.__new__(C, 1, 2))
check(lambda: complex.__new__(int, 1))
check(lambda: C(1j) == 1j)
check(lambda: {1j: "a"}[C(1j)])
