"""Conversions between int and float at rounding boundaries: float(int) rounds half to even at 2**53 and 2**64 scales, int(float) exactness, true division of huge ints is correctly rounded, and overflow messages."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for base in (2**53, 2**54, 2**63, 2**64, 2**100):
    print(base, [float(base + d) == float(base) for d in (-1, 0, 1, 2, 3)], [repr(float(base + d)) for d in (1, 3, 5)][:3])
for n in (2**53 + 1, 2**53 + 3, 3 * 2**60 + 1, 2**1023 * 3 // 2, 2**1024 - 2**970 - 1, 2**1024 - 2**971):
    check(lambda: float(n))
for a, b in [(10**400, 10**399), (2**2000 + 1, 2**1999), (1, 3), (10**30, 7), (-(10**30), 7), (2**1100, 2**1000), (1, 2**1100), (3**700, 2**1100)]:
    check(lambda: a / b)
for f in (0.5, 1.5, 2.5, -2.5, 1e16, 1e20, 1.7976931348623157e308, 2.0**-1074):
    print(repr(f), int(f), f.as_integer_ratio()[1] == 1 or f.as_integer_ratio())
check(lambda: 2**1024 + 0.0)
check(lambda: 2**1024 * 1.0)
check(lambda: 2**1024 > 1e308)
check(lambda: 2**1024 == float("inf"))
check(lambda: (2**1024) ** 0.5)
check(lambda: 10**400 // 1.0)
check(lambda: divmod(10**400, 1.0))
check(lambda: 1.0 - 10**400)
check(lambda: round(2**1024 / 2**1000))
