"""hash() of floats: the exact values for fractions, huge and tiny numbers, negatives (-1 maps to -2 too), infinities; equality with int and Fraction-like rationals via as_integer_ratio; nan hashes by identity."""
for v in [0.5, 0.25, 0.1, 1.5, -1.5, -1.0, -0.5, 1e300, 1e-300, 5e-324, 2.0**61, 2.0**62 + 2048, 1.7976931348623157e308, 123.456, -1e-10,
          float("inf"), float("-inf"), 3.0, -2.0**61, 0.3333333333333333]:
    print(repr(v), hash(v))
P = 2**61 - 1
def rational_hash(n, d):
    h = n * pow(d, -1, P) % P if n >= 0 else -((-n) * pow(d, -1, P) % P)
    return -2 if h == -1 else h
print(all(hash(v) == rational_hash(*v.as_integer_ratio()) for v in [0.5, 0.1, -0.75, 123.456, 1e-300, -1e300]))
nan = float("nan")
print(hash(nan) == hash(nan), hash(-1.0) == hash(-1) == -2, hash(2.0**64) == hash(2**64))
