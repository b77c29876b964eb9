"""complex division and multiplication edge cases: huge and tiny components (scaling avoids overflow), inf/nan propagation, signed zeros in results, and int/float divisors."""
cases = [(1 + 1j, 1e308 + 1e308j), (1e308 + 1e308j, 1 + 1j), (1e-308 + 1e-308j, 1e308 + 0j), (1 + 2j, 3 - 4j), (complex(-0.0, 0.0), 1 + 1j),
         (1j, complex(float("inf"), 0)), (complex(float("inf"), 1), 1 + 1j), (complex(float("nan"), 0), 1j), (5 + 0j, complex(0, -0.0) + 1),
         (1e300j, 1e-300 + 0j), (complex(3, -0.0), 2), (complex(-0.0, -0.0), -1.0)]
for a, b in cases:
    print(repr(a), repr(b), repr(a / b), repr(a * b), repr(a + b), repr(a - b))
for z in (1 + 1j, 1e200 + 1e200j, complex(-2, 0), complex(0, -0.0)):
    print(repr(z * z), repr(z ** 2), repr(z ** 2.0), repr(z * 1), repr(z * -1), repr(-z))
