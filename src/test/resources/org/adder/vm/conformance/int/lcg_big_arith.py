"""Deterministic pseudo-random big-integer arithmetic (a 64-bit LCG builds operands of 1 to 40 words): products, quotients, remainders, modular powers, gcd by Euclid, string round trips, compared with identities."""
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def big(words):
    n = 0
    for _ in range(words):
        n = (n << 64) | rnd()
    return n if rnd() % 3 else -n
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
for i in range(30):
    a = big(1 + rnd() % 40)
    b = big(1 + rnd() % 20) or 1
    q, r = divmod(a, b)
    m = abs(big(2)) + 1
    p = pow(a, abs(b) % 1000 + 1, m)
    print(i, a.bit_length(), b.bit_length(), q * b + r == a, 0 <= r < b if b > 0 else b < r <= 0,
          hash(a * b), q % 1000003, p % 10**9, gcd(a, b) % 10**9, int(str(a)) == a, int(hex(a), 16) == a, (a * b).bit_count())
print(big(3) * big(3) % (2**127 - 1), (big(10) ** 3) % 10**30, big(5) // big(1))
