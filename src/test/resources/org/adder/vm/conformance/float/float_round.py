"""round(float, ndigits): positive, zero and negative ndigits, halfway cases (round-half-even on the exact binary value), huge ndigits, -0.0 results."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in (0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.0049999999999999, 5e-324, 123.456, -123.456,
          1e22, 12345.6789, 0.0, -0.0, 1.7976931348623157e308, 0.1):
    print(repr(v), [round(v, n) for n in (0, 1, 2, 3, -1, -2, 5)])
for v, n in [(15.0, -1), (25.0, -1), (35.0, -1), (-25.0, -1), (0.04, 1), (-0.04, 1), (-0.4, 0), (5.0, -1), (50.0, -2),
             (150.0, -2), (1e300, -300), (1e300, -301), (1.5, 400), (1.5, -400), (-1.5, -400), (1.5, 2**70), (1.5, -(2**70)),
             (1.7976931348623157e308, -308), (1.7976931348623157e308, 1), (0.5, 308), (2.5e-320, 320)]:
    check(lambda: round(v, n))
check(lambda: round(1.5, 1.0))
check(lambda: round(1.5, "2"))
check(lambda: round("1.5"))
check(lambda: round(None))
check(lambda: round())
check(lambda: round(1.5, 2, 3))
check(lambda: round(number=2.675, ndigits=2))
check(lambda: round(1.5, ndigits=None))
check(lambda: type(round(1.5, None)).__name__)
check(lambda: type(round(1.5, 0)).__name__)
class R:
    def __round__(self, *args):
        print("__round__", args)
        return "rounded"
check(lambda: round(R()))
check(lambda: round(R(), 3))
check(lambda: round(R(), None))
class NoRound:
    pass
check(lambda: round(NoRound()))
