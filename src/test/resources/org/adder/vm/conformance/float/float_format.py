"""float.__format__: every presentation type (e E f F g G n %, none), precision, width, alignment, sign, zero padding, grouping, '#', 'z', inf/nan, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

vals = [0.0, -0.0, 1.0, -1.5, 1234567.891, 0.000012345, 1e16, 1e-5, 123456789012345678.0, 2.5, 3.5, float("inf"),
        float("-inf"), float("nan")]
specs = ["", "e", "E", ".3e", "f", "F", ".2f", ".0f", "#.0f", "g", "G", ".3g", "#g", "#.3g", "%", ".1%", "n", "10.2f",
         "<10.1f", "^10", "*>12.3e", "+", " ", "-", "010.2f", "+09.1f", ",", "_.2f", ",.3f", "z.1f", "z", ".0", ".15g",
         ".17g", ".40f", "=+10.2f"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
check(lambda: format(1.5, "d"))
check(lambda: format(1.5, "x"))
check(lambda: format(1.5, "c"))
check(lambda: format(1.5, "s"))
check(lambda: format(1.5, ",_"))
check(lambda: format(1.5, "_,"))
check(lambda: format(1.5, ",n"))
check(lambda: format(1.5, ".f5"))
check(lambda: format(1.5, "=-s"))
check(lambda: format(1.5, "10000000000000000000"))
check(lambda: format(1.5, ".10000000000000000000f"))
check(lambda: format(1.5, "#x"))
check(lambda: format(1.5, "zz"))
check(lambda: format(1.5, "\u00e9"))
check(lambda: format(1e300, ".400f")[:20])
check(lambda: format(2.0**100, "f"))
check(lambda: format(-0.00001, "z.3f"))
check(lambda: format(-0.0, "z.0e"))
check(lambda: format(0.5, ".0f"))
check(lambda: format(1.5, ".0f"))
check(lambda: format(2.675, ".2f"))
check(lambda: format(1.0, ".0%"))
check(lambda: format(123.0, "#"))
check(lambda: format(1e-7, ""))
check(lambda: format(1e-7, "#"))
check(lambda: format(12.0, ".1"))
check(lambda: format(12.0, ".2"))
check(lambda: f"{3.14159:{8}.{3}}")
