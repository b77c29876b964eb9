"""float: unary operators, abs, -0.0 arithmetic sign rules, float subclass results, fsum-free summation order, float() of str subclasses, attribute errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

z = -0.0
print(repr(-z), repr(+z), repr(abs(z)), repr(z + 0.0), repr(z - 0.0), repr(0.0 - 0.0), repr(z * 5), repr(z * -5), repr(z / -1))
print(repr(z + z), repr(-0.0 - 0.0), repr(0.0 * -1), repr(-1 * 0.0), repr(z ** 1), repr(sum([z, z])), repr(sum([], z)))
print(repr(float("-0")), repr(-0), repr(0 * -1.0), repr(round(-0.4)), repr(round(-0.4, 0)), repr(int(-0.0)))
class F(float):
    def __neg__(self):
        print("F.__neg__")
        return F(float.__neg__(self))
    def __repr__(self):
        return f"F({float.__repr__(self)})"
f = F(2.5)
print(repr(-f), repr(+f), repr(abs(f)), repr(f + 1), repr(f * f), type(f + 1).__name__, type(f.real).__name__)
print(repr(F.__new__(F, "3.5")), repr(F()), isinstance(f, float), float.__repr__(f), str(f))
check(lambda: (1.5).foo)
check(lambda: setattr(1.5, "real", 2))
check(lambda: float.__new__(int, 1))
check(lambda: float.__new__(F, 1) + 0)
check(lambda: float("1.5").hex.__name__)
check(lambda: (1.5).__class__.__name__)
class S(str):
    pass
check(lambda: float(S(" 2.25 ")))
check(lambda: (0.1).__mul__(3))
check(lambda: (0.1).__mul__("3"))
check(lambda: "ab" * 2.0)
check(lambda: [1] * 2.0)
check(lambda: 2.0 * [1])
check(lambda: abs(float("-inf")))
check(lambda: abs(float("-nan")))
check(lambda: -float("nan"))
check(lambda: sum([0.1] * 10))
check(lambda: sum([1e100, 1.0, -1e100, 1.0]))
check(lambda: sum([1, 2.5, 3]))
check(lambda: sum([0.5, 1], 0.25))
