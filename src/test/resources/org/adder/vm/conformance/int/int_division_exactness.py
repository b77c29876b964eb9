"""int true division is correctly rounded even for huge operands (not float(a)/float(b)), floor division of mixed signs at exact multiples, and modulo identities for many divisor/dividend pairs built from powers."""
pairs = [(10**30 + 1, 10**15), (2**100 + 1, 2**50), (3**80, 7**40), (-(10**25), 3), (10**25, -3), (2**1023 * 3, 2**1022), (1, 10**20),
         (10**400, 10**399 + 1), (2**64 - 1, 2**64), (-(2**64) + 1, 2**64)]
def naive(a, b):
    try:
        return repr(float(a) / float(b))
    except OverflowError as e:
        return f"OverflowError: {e}"
for a, b in pairs:
    q = a // b
    print(repr(a / b), q if abs(q) < 10**20 else f"<{q.bit_length()} bits>", a % b == a - q * b, naive(a, b))
for a in (-7, -6, -1, 0, 1, 6, 7):
    print(a, [(a // b, a % b) for b in (-3, -2, 2, 3)], [divmod(a * 10**20, b * 10**19) for b in (-3, 3)])
