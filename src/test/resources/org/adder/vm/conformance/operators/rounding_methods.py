"""round()/__round__, math-free __trunc__/__floor__/__ceil__ dispatch, banker's rounding, ndigits forms and errors."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class R:
    def __round__(self, *args):
        return ("__round__", args)
check(lambda: round(R()))
check(lambda: round(R(), 2))
check(lambda: round(R(), None))
check(lambda: round(R(), ndigits=-1))
class NoRound:
    pass
check(lambda: round(NoRound()))
check(lambda: round(1.5, "2"))
check(lambda: round("1.5"))
check(lambda: round())

print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.4999, 2.675)])
print([round(2.675, 2), round(1.005, 2), round(0.125, 2), round(-0.0), round(-0.4), round(1234.5678, -2), round(1e300, 2)])
print([round(v, -1) for v in (15, 25, 35, -15)], round(123456, -3), round(5, 2), round(2**70 + 1, -10))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(5, 0)).__name__, type(round(5)).__name__)
check(lambda: round(float("inf")))
check(lambda: round(float("nan")))
check(lambda: round(float("inf"), 2))
check(lambda: round(1.5, 2**100))
check(lambda: round(1.5, -2**100))

# int(), __trunc__ deprecation aside: the int methods themselves
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(), (7).__round__(-1))
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (-2.5).__trunc__())
print(True.__round__(), type(True.__round__()).__name__)
check(lambda: (3).__round__(None))
check(lambda: (1.0).__round__(1.5))
check(lambda: float("inf").__floor__())
check(lambda: float("nan").__ceil__())

# divmod and // floor semantics with negatives and floats
print([divmod(a, b) for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (1, 0.3))])
print(-7 // 2, -7 % 2, 7 % -2, -7.0 // 2, -0.0 // 1, 0.0 % -1, -1 % 1e100, 5 % float("inf"), -5 % float("inf"))
check(lambda: divmod(1, 0))
check(lambda: divmod(1.0, 0))
check(lambda: 1 % 0)
check(lambda: 1.0 // 0.0)
check(lambda: 1 / 0)
check(lambda: 0 ** -1)
check(lambda: 0.0 ** -1)
check(lambda: divmod(1 + 1j, 1))
check(lambda: (1 + 1j) // 1)
