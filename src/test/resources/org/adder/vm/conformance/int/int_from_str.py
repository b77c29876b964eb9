"""int(): parsing strings with bases 0 and 2..36, underscores, whitespace, signs, non-ASCII digits, and every error message."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for s in ["0", "-0", "+17", "  42  ", "\t\n-9\x0b\x0c\r", "1_000", "0_0", "00", "007", "١٢٣", "\u0660", "１２", "𝟙𝟚",
          "1__0", "_1", "1_", "", " ", "+", "-", "1.5", "1e3", "0x10", "12a", "\u00a0 5 \u2003", "٣_٤"]:
    check(lambda: int(s))
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0XfF", 0), ("0o17", 0), ("0b101", 0), ("0b101", 2), ("101", 2),
             ("z", 36), ("Z", 36), ("10", 36), ("0", 0), ("00", 0), ("010", 0), ("0_0", 0), ("0x_1f", 0), ("0x", 16),
             ("1_0", 0), ("0b_", 0), ("12", 3), ("-0o7_7", 8), ("  -0x1_0  ", 16), ("9", 8), ("g", 16), ("zz", 35)]:
    check(lambda: int(s, b))
check(lambda: int("1", 1))
check(lambda: int("1", 37))
check(lambda: int("1", -1))
check(lambda: int("1", 2**70))
check(lambda: int("1", base=10.0))
check(lambda: int(5, 10))
check(lambda: int(5.5, 10))
check(lambda: int(None))
check(lambda: int([1]))
check(lambda: int("x" * 300))
check(lambda: int("12\x00"))
check(lambda: int("\ud800"))
check(lambda: int("1", base="2"))
print(int(), int("11", base=2), int("0x10", base=0))
check(lambda: int(x="5"))
check(lambda: int(base=10))
print(int("-" + "9" * 40), int("1" * 64, 2), int("Y" * 20, 36))
