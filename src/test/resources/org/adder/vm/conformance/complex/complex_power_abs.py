"""complex: ** with integer and non-integer exponents, 0 ** negative errors, abs() and its overflow, conjugate, real/imag attributes."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for base in (1j, 1 + 1j, -1 + 0j, 2 - 3j, 0.5j, 0j):
    print(repr(base), [base ** n for n in (0, 1, 2, 3, 5, 10)])
for b, e in [(1j, -1), (1 + 1j, -2), (2, 0.5j), (-1, 0.5), (-8, 1 / 3), (1j, 1j), (2 + 0j, 1 + 1j), (0j, 1), (0j, 0), (0j, 1 + 1j),
             (1 + 1j, 100), (1 + 1j, 1000), (10 + 10j, 500), (1j, 10**20), (1.5, 2j), ((-1) ** 0.5, 2)]:
    check(lambda: b ** e)
check(lambda: 0j ** -1)
check(lambda: 0j ** (-1 + 0j))
check(lambda: 0j ** 1j)
check(lambda: 0 ** (-1j))
check(lambda: pow(1j, 2, 3))
check(lambda: pow(1j, 2, None))
for z in (3 + 4j, -3 - 4j, 0j, complex(-0.0, 0), 1e308 + 1e308j, complex(float("inf"), float("nan")), complex(float("nan"), 1),
          5e-324j, complex(3e-320, 4e-320)):
    print(repr(z), end=" ")
    check(lambda: abs(z))
for z in (1 + 2j, 1 - 2j, complex(0, -0.0), complex(-0.0, 0.0), 5j):
    print(repr(z.conjugate()), z.real, z.imag, type(z.real).__name__)
check(lambda: (1j).real.__class__.__name__)
check(lambda: setattr(1j, "real", 2))
check(lambda: (1j).foo)
check(lambda: (1j).conjugate(1))
check(lambda: complex.conjugate(1))
check(lambda: (1 + 2j).__getnewargs__())
check(lambda: (1 + 2j).__complex__())
