"""format(complex): e f g presentation types, no type (repr-like), width/alignment/sign, zero-padding errors, '=' alignment error, inf/nan."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

vals = [0j, 1 + 2j, -1.5 - 0.25j, complex(-0.0, 0.0), 1e20 + 1e-20j, complex(float("inf"), float("nan")), 3j, 1234.5678 + 0j]
for z in vals:
    print(repr(z), [format(z, s) for s in ("", "e", ".2e", "E", "f", ".1f", "F", "g", ".3g", "G", "#g", ">30", "<25.2f",
                                           "^30.3e", "+", " ", "-.2f", ",.2f", "_.1f", "+.0f", "*^24", "z.1f", ".0", "#", ".10")])
for spec in ["d", "x", "%", "c", "s", "010", "=20", "0=20", "n", "=10.2f", ",n"]:
    check(lambda: format(1 + 2j, spec))
check(lambda: f"{1+2j:{10}.{2}f}")
check(lambda: "{:>12.1f}|{:<12}|{:^14g}".format(1.25 - 3j, 2j, -0.5 + 0.5j))
check(lambda: "%s %r" % (1j, -1j))
check(lambda: "%f" % 1j)
check(lambda: "%d" % 1j)
