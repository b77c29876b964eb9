"""float: // % divmod with signs, -0.0, inf and nan operands, ZeroDivisionError messages, and mixed int/float operands."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

inf, nan = float("inf"), float("nan")
ops = [7.5, -7.5, 0.0, -0.0, 1e300, inf, -inf, nan]
divs = [2.0, -2.0, 0.3, inf, -inf, nan, 1e-300]
for a in ops:
    print(repr(a), [(a // b, a % b) for b in divs])
for a, b in [(-0.0, 1.0), (0.0, -1.0), (-1e-300, 1.0), (1e-300, -1.0), (5.0, 5.0), (-5.0, 5.0), (1.0, 0.1), (6.0, 0.2),
             (2**53, 0.5), (-(2**60), 3.0), (10**20, 3.5), (1, 1e-320), (True, 0.5)]:
    print(repr(a), repr(b), repr(a / b), repr(a // b), repr(a % b), divmod(a, b))
check(lambda: 1.0 / 0)
check(lambda: 1.0 // 0.0)
check(lambda: 1.0 % 0.0)
check(lambda: divmod(1.0, 0.0))
check(lambda: 0.0 / 0.0)
check(lambda: 1 / 0.0)
check(lambda: nan / 0)
check(lambda: inf // 0.0)
check(lambda: 1.0 / -0.0)
check(lambda: 1e308 * 10)
check(lambda: 1e308 + 1e308)
check(lambda: -1e308 * 10)
check(lambda: inf - inf)
check(lambda: inf * 0)
check(lambda: 1e308 / 1e-308)
check(lambda: 2.0 // "a")
check(lambda: divmod(2.0, None))
check(lambda: float.__floordiv__(5.0, 2))
check(lambda: float.__mod__(5.0, "x"))
check(lambda: float.__rtruediv__(2.0, 1))
check(lambda: float.__divmod__(-7.0, 2))
check(lambda: float.__rdivmod__(2.0, 7))
