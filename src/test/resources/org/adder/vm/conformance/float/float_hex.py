"""float.hex and float.fromhex: normal, subnormal, extreme and special values, parsing variants, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in (0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 3.0, 1e100, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1 / 3,
          float("inf"), float("-inf"), float("nan"), 1024.0, 2.0**-1022 / 3):
    print(repr(v), v.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.0p-1", "0X1P+4", "1p4", "0x.8", "0x8.", "0xa", "0x1.fffffffffffff8p1023",
          "0x1.fffffffffffffp1023", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "inf", "-Infinity",
          "nan", "  0x1p3  ", "0x", "0x1p", "0xg", "", "0x1.0p1.0", "0x1_0", "0x1p-99999999999999999999", "0x1p99999999999999999999",
          "0x0p999999", "0x000000000000000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "1.5"]:
    check(lambda: float.fromhex(s))
check(lambda: float.fromhex(1.0))
check(lambda: float.fromhex())
class F(float):
    def __repr__(self):
        return "F(" + float.__repr__(self) + ")"
print(repr(F.fromhex("0x1p1")), type(F.fromhex("0x1p1")).__name__)
for v in (0.1, 1e-310, 123.456, -7.0):
    print(float.fromhex(v.hex()) == v)
