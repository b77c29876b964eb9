"""Mixed int/float/complex operator dispatch with user float subclasses: which __r*__ runs, result types, __float__ used by float() but not by arithmetic, and NotImplemented paths with traces."""
class F(float):
    def __add__(self, o):
        print("F.__add__", o)
        return F(float(self) + o)
    def __radd__(self, o):
        print("F.__radd__", o)
        return F(o + float(self))
    def __repr__(self):
        return f"F({float(self)!r})"
class HasFloat:
    def __float__(self):
        print("HasFloat.__float__")
        return 0.25
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r), type(r).__name__)
check(lambda: 1.5 + F(1))
check(lambda: F(1) + 1.5)
check(lambda: 1 + F(2))
check(lambda: (1 + 0j) + F(2))
check(lambda: F(2) * 2)
check(lambda: 2 * F(2))
check(lambda: -F(3))
check(lambda: abs(F(-3)))
check(lambda: float(HasFloat()))
check(lambda: 1.0 + HasFloat())
check(lambda: complex(HasFloat()))
check(lambda: 1.0 + True)
check(lambda: True + 0.5)
check(lambda: 2 ** 0.5)
check(lambda: 2.0 ** 2)
check(lambda: (-8) ** (1 / 3))
check(lambda: 10 // 0.3)
check(lambda: 10 % -0.3)
check(lambda: float.__add__(1.0, 1))
check(lambda: float.__add__(1.0, 1j))
check(lambda: float.__radd__(1.0, 2**2000))
check(lambda: int.__add__(1, 1.0))
check(lambda: (1).__truediv__(0))
check(lambda: (1.0).__truediv__(0))
