"""Formatting ints in bases: format() with b/o/x/X and '#', zero padding with sign and prefix, grouping of 4 for binary/hex, '%'-style %x/%o of negatives, and int(str, base) round trips for every base 2..36."""
vals = [0, 1, -1, 7, -8, 255, -256, 2**32 - 1, -(2**40), 10**20]
for v in vals:
    print(v, format(v, "b"), format(v, "#o"), format(v, "x"), format(v, "#X"), format(v, "#012x"), format(v, "+#_b"), format(v, "_x"),
          "%x|%#o|%+X" % (v, v, v))
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" + s if neg else s
for b in range(2, 37):
    n = 3**40 - b
    s = to_base(n, b)
    print(b, s[:16], int(s, b) == n, int(s.upper(), b) == n, int("-" + s, b) == -n, int("0" * 3 + s, b) == n)
