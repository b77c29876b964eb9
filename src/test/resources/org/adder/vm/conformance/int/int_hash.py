"""hash() of ints: reduction modulo 2**61-1, the -1 -> -2 rule, negatives, big values, bools, and consistency with float/complex hashes."""
P = 2**61 - 1
vals = [0, 1, -1, -2, 2, P - 1, P, P + 1, -P, -P - 1, 2**61, 2**62, 2**63, -(2**63), 2**64 - 1, 10**18, 10**30, -(10**30),
        2**122, 3**200, -(3**200), P * P, P * 5 - 1, -(P * 5) - 1, 2**1000]
for v in vals:
    h = hash(v)
    print(v if v.bit_length() < 70 else f"<{v.bit_length()} bits>", h, h == v.__hash__())
print(hash(True), hash(False), hash(-1) == hash(-2), hash(-P - 1))
print(hash(1.0), hash(-1.0), hash(-1 + 0j), hash(complex(2, 0)), hash(float(2**60)))
print(hash(10**30) == hash(1e30), hash(int(1e30)) == hash(1e30), hash(2**1000) == hash(2.0**1000))
class MyInt(int):
    pass
class HashInt(int):
    def __hash__(self):
        return 42
print(hash(MyInt(-1)), hash(HashInt(5)), hash(MyInt(P + 3)))
class BigHash:
    def __hash__(self):
        return 2**100
class NegOne:
    def __hash__(self):
        return -1
class BadHash:
    def __hash__(self):
        return 1.5
class IntSubHash:
    def __hash__(self):
        return MyInt(-1)
print(hash(BigHash()), hash(NegOne()), hash(IntSubHash()))
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(sorted({hash(x) for x in range(-5, 6)}))
