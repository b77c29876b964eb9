"""__matmul__/__rmatmul__/__imatmul__, three-argument pow() dispatch, __divmod__/__rdivmod__, and their errors with builtins."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Mat:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        if not isinstance(o, Mat):
            return NotImplemented
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, o):
        return f"rmatmul with {o!r}"
    def __repr__(self): return f"Mat({self.rows})"
m = Mat([[1, 2], [3, 4]])
print(m @ m, 5 @ m)
m2 = m
m2 @= Mat([[0, 1], [1, 0]])
print(m2, m)
check(lambda: m @ 5)

class P:
    def __pow__(self, exp, mod=None):
        return ("__pow__", exp, mod)
    def __rpow__(self, base, mod=None):
        return ("__rpow__", base, mod)
p = P()
print(p ** 2, pow(p, 2), pow(p, 2, 7), 2 ** p, pow(2, p))
check(lambda: pow(2, p, 7))
check(lambda: pow(2, 3, p))

class PNoMod:
    def __pow__(self, exp):
        return "pow no mod"
print(PNoMod() ** 2)
check(lambda: pow(PNoMod(), 2, 3))

print(pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(-2, 3), pow(2, -2), pow(-8, 1 / 3))
check(lambda: pow(3, -1, 6))
check(lambda: pow(3, 2, 0))
check(lambda: pow(3.0, 2, 5))
check(lambda: pow(3, 2.0, 5))
check(lambda: pow(0, -1))
check(lambda: pow(2, 3, 1))
check(lambda: pow(base=2, exp=3, mod=5))
check(lambda: pow(-1, 0.5))
check(lambda: (-1) ** 0.5)
check(lambda: 10.0 ** 400)
check(lambda: 2 ** -1074 / 2)

class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(D(), 3), divmod(3, D()))
class DNI:
    def __divmod__(self, o): return NotImplemented
check(lambda: divmod(DNI(), 3))
check(lambda: divmod("a", 1))
check(lambda: divmod(1, "a"))
print(divmod(10**30, 7), divmod(-(10**30), 7), divmod(5.5, -2), divmod(True, 2))
