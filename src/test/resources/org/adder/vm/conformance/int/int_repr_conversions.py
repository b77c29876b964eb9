"""int: repr/str, bin/oct/hex of negatives and big values, int.__format__ basics, round() of ints with negative ndigits."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in (0, 5, -5, 255, -256, 2**64, -(2**70) + 1):
    print(repr(v), str(v), bin(v), oct(v), hex(v), v.__repr__() == v.__str__())
for v, n in [(12345, -1), (12345, -2), (15, -1), (25, -1), (35, -1), (-25, -1), (-35, -1), (150, -2), (250, -2), (5, -1),
             (5, 0), (5, 3), (-5, -1), (10**30 + 5 * 10**9, -10), (10**30 + 15 * 10**9, -10), (1, -100), (999, -3), (500, -3), (1500, -3)]:
    check(lambda: round(v, n))
print(type(round(5, 2)).__name__, round(7), type(round(7)).__name__)
check(lambda: round(5, 1.5))
check(lambda: round(5, "1"))
check(lambda: round(5, None))
check(lambda: (5).__round__())
check(lambda: (5).__round__(-1))
check(lambda: (5).__trunc__())
check(lambda: (5).__floor__())
check(lambda: (-5).__ceil__())
check(lambda: (5).__float__())
check(lambda: (5).__bool__())
check(lambda: (5).__abs__())
check(lambda: (-(2**70)).__abs__())
check(lambda: (5).__neg__())
check(lambda: (5).__pos__())
check(lambda: (5).__sizeof__() > 0)
check(lambda: (5).__getnewargs__())
check(lambda: int.__new__(int, "12"))
check(lambda: int.__new__(str, "12"))
class B(int):
    def __repr__(self):
        return "B!"
b = B(3)
print(repr(b), str(b), f"{b}", "%d" % b, "%s" % b, b + 1, type(b + 1).__name__, -b, type(-b).__name__)
