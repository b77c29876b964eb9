"""float: as_integer_ratio, is_integer, conjugate, real/imag, __trunc__/__floor__/__ceil__/__round__ and their errors on inf/nan."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in (0.0, -0.0, 0.5, -0.75, 0.1, 3.0, 1e100, 5e-324, 1.7976931348623157e308, -2.5):
    print(repr(v), v.as_integer_ratio(), v.is_integer(), v.conjugate(), v.real, v.imag)
check(lambda: float("inf").as_integer_ratio())
check(lambda: float("nan").as_integer_ratio())
check(lambda: float("-inf").is_integer())
check(lambda: float("nan").is_integer())
for v in (2.5, -2.5, 3.5, -0.5, 0.4999999999999999, 1e20, -1e-300):
    print(repr(v), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), round(v), type(round(v)).__name__)
check(lambda: float("inf").__floor__())
check(lambda: float("nan").__ceil__())
check(lambda: round(float("inf")))
check(lambda: round(float("nan")))
check(lambda: round(float("nan"), 2))
check(lambda: round(float("-inf"), 0))
check(lambda: (1.5).__round__(None))
check(lambda: (1.5).__round__("1"))
check(lambda: float.__getformat__("double"))
check(lambda: float.__getformat__("int"))
check(lambda: (2.5).__getnewargs__())
check(lambda: (2.5).__int__())
check(lambda: (1e300).__int__() % 1000)
check(lambda: float.__trunc__(5))
check(lambda: float.real.__get__(1))
