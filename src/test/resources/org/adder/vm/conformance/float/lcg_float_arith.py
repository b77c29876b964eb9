"""Deterministic pseudo-random float arithmetic (an LCG produces doubles across magnitudes): reprs of + - * / % // results, int round trips, hex, and comparisons, all of which must be correctly rounded."""
state = 2024
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rfloat():
    mant = rnd() >> 11
    exp = rnd() % 120 - 60
    sign = -1 if rnd() & 1 else 1
    return sign * mant * 2.0 ** exp / 2**53
for i in range(40):
    a, b = rfloat(), rfloat()
    print(i, repr(a), repr(b), repr(a + b), repr(a - b), repr(a * b), repr(a / b), repr(a % b), repr(a // b), a < b, a.hex())
vals = [rfloat() for _ in range(20)]
print(repr(sum(vals)), repr(max(vals)), repr(min(vals)), sorted(vals)[:3])
print([repr(float(repr(v))) == repr(v) for v in vals].count(True), [int(v * 1e6) for v in vals[:6]])
