"""Consistency between float repr, str, format(''), format('g'), format('r' is invalid), %r/%s/%g and f-strings for many values, and 'repr(float(x)) == x' for printed values."""
vals = [0.1, 1/3, 1e16, 1e15, 123456789.123, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308, 100.0, 2.5, -0.0, 1e22, 0.000123456789]
for v in vals:
    print(repr(v), str(v), format(v, ""), format(v, "g"), format(v, ".17g"), "%r|%s|%g|%.12g" % (v, v, v, v), f"{v}|{v!r}|{v:.3}", float(repr(v)) == v)
try:
    format(1.0, "r")
except ValueError as e:
    print("ValueError:", e)
