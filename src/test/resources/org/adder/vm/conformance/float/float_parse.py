"""float(): parsing decimal strings, inf/nan spellings, underscores, whitespace, bytes, and every error message."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for s in ["1", "  1.5  ", "-0", "+0.0", ".5", "5.", "1e5", "1E-5", "-1.5e+3", "1_000.5", "1_0e1_0", "inf", "-inf", "+Inf",
          "INFINITY", "infinity", "-Infinity", "nan", "NaN", "-nan", "+NAN", "1e309", "-1e309", "1e-400", "4.9e-324",
          "2.4703282292062328e-324", "0x10", "1__0", "_1", "1_", "1._5", "1e", "e5", ".", "", " ", "in", "infinit", "nanx",
          "1.5.5", "１.５", "\u0661\u066b\u0662", "\t\n 3.25 \r\x0b\x0c", "\u2003 7 \u3000", "1\x00", "--1", "1e+-5",
          "0.1e1_0", "1.7976931348623159e308", "179769313486231580793728971405301e276"]:
    check(lambda: float(s))
check(lambda: float(b"1.5"))
check(lambda: float(bytearray(b" -2 ")))
check(lambda: float(memoryview(b"3e2")))
check(lambda: float(b"x"))
check(lambda: float(None))
check(lambda: float([1.0]))
check(lambda: float(1j))
check(lambda: float("1", "2"))
check(lambda: float(x="1"))
check(lambda: float())
check(lambda: float(10**400))
check(lambda: float("x" * 200))
class F:
    def __float__(self):
        print("__float__")
        return 2.5
class I:
    def __index__(self):
        print("__index__")
        return 3
class Bad:
    def __float__(self):
        return 1
class FS(float):
    pass
class RetFS:
    def __float__(self):
        return FS(1.25)
check(lambda: float(F()))
check(lambda: float(I()))
check(lambda: float(Bad()))
r = float(RetFS())
print(r, type(r).__name__)
r = float(FS(4.5))
print(r, type(r).__name__)
print(type(FS("2.5")).__name__, FS("2.5") + 1, type(FS(1) + 1).__name__)
