"""int: bit_length, bit_count, as_integer_ratio, is_integer, conjugate, numerator/denominator/real/imag on small, negative and big values."""
vals = [0, 1, -1, 2, -2, 7, -8, 255, 256, 2**31, 2**63 - 1, -(2**63), 2**64, 10**30, -(10**30), 2**1000 - 1]
for v in vals:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio() == (v, 1), v.is_integer(), v.conjugate() == v,
          v.numerator == v, v.denominator, v.real == v, v.imag)
print(True.bit_length(), False.bit_count(), True.as_integer_ratio(), True.numerator, True.denominator, True.real, True.imag)
print(type(True.as_integer_ratio()[0]).__name__, type(True.real).__name__, type(True.conjugate()).__name__)
class N(int):
    pass
n = N(5)
print(type(n.real).__name__, type(n.numerator).__name__, type(n.conjugate()).__name__, type(n.as_integer_ratio()[0]).__name__)
print((2**100).bit_length(), (-(2**100)).bit_length(), (2**100 - 1).bit_count(), (-(2**100 - 1)).bit_count())
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
check(lambda: (5).bit_length(1))
check(lambda: int.bit_length("a"))
check(lambda: int.bit_count(2.0))
check(lambda: (5).real.__class__)
check(lambda: setattr(5, "real", 3))
check(lambda: (5).foo)
check(lambda: setattr(5, "foo", 1))
check(lambda: int.from_bytes.__name__)
check(lambda: (5).imag.imag)
check(lambda: int.numerator.__get__(7))
check(lambda: int.__dict__["denominator"].__get__(7))
check(lambda: int.__dict__["real"].__get__("x"))
