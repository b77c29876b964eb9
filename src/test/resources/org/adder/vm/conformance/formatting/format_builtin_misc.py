"""format(): the 'n' type, precision on int/float/str, '%' and 'g' boundaries, width with grouping and zero padding, sign-aware padding with alignment, huge widths."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for v in (0, 1234, -1234567, 1234.5, -0.000123, 1e20, float("inf")):
    print(repr(v), [format(v, s) for s in ("n", "10n", "08n", "0=12,", "012,", "012_", "+012,.2f" if isinstance(v, float) else "+012,",
                                             ">+12", "^+12", "<+12", " =12", "_^15")])
for v in (1e-5, 1e-4, 0.0001234, 1e15, 1e16, 123456789.0, 0.1, 100.0):
    print(repr(v), [format(v, s) for s in ("g", ".1g", ".2g", ".16g", ".17g", "#.2g", "G", "", ".0", ".1", "%")])
check(lambda: format(1, "0000000010"))
check(lambda: format(1.5, "0>10"))
check(lambda: format(-1.5, "0<10"))
check(lambda: format(-1.5, "010"))
check(lambda: format(-1.5, "=010"))
check(lambda: format(-1, "x<010"))
check(lambda: format(1234567, "09,"))
check(lambda: format(1234567, "010,"))
check(lambda: format(1234567, "011,"))
check(lambda: format(-1234567, "011,"))
check(lambda: format(1234.5, "010,.1f"))
check(lambda: format(0xABCDEF, "012_x"))
check(lambda: format(0b1111111, "010_b"))
check(lambda: len(format(1, "1000")))
check(lambda: format(1.0, ".2147483648f"))
check(lambda: format("x", ".99999999999999999999"))
check(lambda: format(12.5, "#"))
check(lambda: format(12.0, "#.3"))
check(lambda: format(-0.0, ""))
check(lambda: format(-0.0, "z"))
check(lambda: format(-0.0001, "z.2f"))
check(lambda: format(-0.0001, "z.2%"))
check(lambda: format(-0.0001, "z.1e"))
check(lambda: format(-0.0001, "z.1g"))
check(lambda: format(0, "z"))
check(lambda: format(0, "zd"))
