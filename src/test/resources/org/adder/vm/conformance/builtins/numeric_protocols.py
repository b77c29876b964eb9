"""Numeric builtins dispatching to user special methods: round(x, n) -> __round__, pow(a, b, m) -> __pow__ with 3 args and __rpow__ not tried for 3 args, divmod -> __divmod__/__rdivmod__, abs, int(), float(), complex(), operator.index-like uses; traces."""
class Num:
    def __init__(self, v):
        self.v = v
    def __round__(self, *args):
        print("__round__", args)
        return Num(round(self.v, *args))
    def __pow__(self, other, mod=None):
        print("__pow__", other, mod)
        return Num(pow(self.v, other, mod) if mod else self.v ** other)
    def __rpow__(self, other, mod=None):
        print("__rpow__", other, mod)
        return Num(other ** self.v)
    def __divmod__(self, other):
        print("__divmod__", other)
        return divmod(self.v, other)
    def __rdivmod__(self, other):
        print("__rdivmod__", other)
        return divmod(other, self.v)
    def __abs__(self):
        print("__abs__")
        return Num(abs(self.v))
    def __int__(self):
        print("__int__")
        return int(self.v)
    def __float__(self):
        print("__float__")
        return float(self.v)
    def __complex__(self):
        print("__complex__")
        return complex(self.v)
    def __neg__(self):
        print("__neg__")
        return Num(-self.v)
    def __pos__(self):
        print("__pos__")
        return self
    def __invert__(self):
        print("__invert__")
        return Num(~int(self.v))
    def __repr__(self):
        return f"Num({self.v!r})"
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
n = Num(7.25)
check(lambda: round(n))
check(lambda: round(n, 1))
check(lambda: round(n, None))
check(lambda: Num(3) ** 2)
check(lambda: pow(Num(3), 4, 5))
check(lambda: 2 ** Num(3))
check(lambda: pow(2, Num(3), 5))
check(lambda: divmod(Num(17), 5))
check(lambda: divmod(17, Num(5)))
check(lambda: abs(Num(-2)))
check(lambda: int(n))
check(lambda: float(Num(2)))
check(lambda: complex(Num(1)))
check(lambda: -n)
check(lambda: +n)
check(lambda: ~Num(5))
check(lambda: n + 1)
check(lambda: bin(n))
check(lambda: range(n))
check(lambda: [1, 2][Num(0)])
