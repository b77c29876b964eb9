"""float **: signs, zero and negative bases (complex results), inf/nan rules from C99 pow, overflow and ZeroDivisionError messages."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

inf, nan = float("inf"), float("nan")
cases = [(2.0, 10), (2.0, -1), (2.0, 0.5), (-8.0, 1 / 3), (-2.0, 2), (-2.0, 3), (-2.0, -3), (-2.0, 0.5), (0.0, 0), (0.0, 2),
         (-0.0, 3), (-0.0, 2), (-0.0, 0.5), (1.0, nan), (nan, 0), (nan, 0.0), (1.0, inf), (-1.0, inf), (-1.0, -inf), (0.5, inf),
         (0.5, -inf), (2.0, inf), (2.0, -inf), (inf, 2), (inf, -2), (inf, 0), (-inf, 3), (-inf, 2), (-inf, -3), (-inf, -2),
         (-inf, 0.5), (nan, nan), (nan, 1), (10.0, 308), (10.0, -323), (10.0, -324), (4.0, 0.5), (2, -1.0), (-1.0, 1e300),
         (-1.0, 10**20), (1e-300, 2), (-2.5, 2.0), (-0.5, inf), (-2.0, -inf)]
for a, b in cases:
    print(repr(a), repr(b), end=" -> ")
    check(lambda: a ** b)
check(lambda: 0.0 ** -1)
check(lambda: -0.0 ** -1)
check(lambda: (-0.0) ** -1)
check(lambda: 0.0 ** -inf)
check(lambda: (-0.0) ** -0.5)
check(lambda: 10.0 ** 309)
check(lambda: (-10.0) ** 309)
check(lambda: 1e300 ** 2)
check(lambda: 2.0 ** 10**20)
check(lambda: 0.5 ** 10**20)
check(lambda: pow(2.0, 3))
check(lambda: pow(2.0, 3, 5))
check(lambda: 2.0 ** "a")
check(lambda: (-8) ** 0.5)
check(lambda: (-8.0).__pow__(1 / 3))
check(lambda: float.__rpow__(2.0, 3))
check(lambda: float.__pow__(2.0, 2, None))
