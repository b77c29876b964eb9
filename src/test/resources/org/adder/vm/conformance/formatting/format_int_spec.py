"""format() mini-language for int: b c d o x X n, alignment with fill, sign, '#', '0', grouping with , and _, width, '=' alignment, and errors."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

vals = [0, 1, -1, 255, -255, 1234567, -(10**20), True]
specs = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "+d", " d", "-d", "10", "<10", ">10", "^10", "=10", "*^11",
         "010", "+010", "#010x", ",", "_", "_b", "_x", "#_o", ",d", "12,", "=+12,", "0=12", "n", "e", "f",
         "%", ".2f", "g", "08.3e", "+.0%"]
for v in vals:
    print(v, [format(v, s) for s in specs])
print([format(n, "c") for n in (65, 0x1F600, 0)], format(97, ">5c"), format(65, "^3c"))
for spec in ["s", "c,", ",c", ".2", ".2d", "#c", "+c", "z", "zd", ",b", ",x", ",o", "__", ",,", "_,", "x,", "10.0", "=^5"]:
    print(spec, end=" ")
    check(lambda: format(42, spec))
check(lambda: format(-1, "c"))
check(lambda: format(0x110000, "c"))
check(lambda: format(2**64, "c"))
check(lambda: format(10**30, "_"))
check(lambda: format(-(2**70), "#_b"))
check(lambda: format(5, "ü"))
check(lambda: format(5, "\U0001F600<10"))
check(lambda: format(5, "😀^9d"))
check(lambda: format(5, None))
check(lambda: format(5, 1))
check(lambda: (5).__format__(""))
check(lambda: (5).__format__(1))
check(lambda: format(True, "^7"))
check(lambda: format(False, ""))
check(lambda: format(True, "s"))
