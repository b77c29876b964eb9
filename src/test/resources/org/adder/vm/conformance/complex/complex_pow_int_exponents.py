"""complex ** integer exponents use repeated multiplication (exact for small Gaussian integers) up to 100, float exponents use polar form; both compared for many bases and exponents including negatives."""
for base in (1 + 1j, 2 - 1j, -1j, 3 + 4j, 0.5 + 0.5j):
    print(repr(base), [repr(base ** n) for n in (-3, -2, -1, 0, 1, 2, 3, 7, 16, 99, 100, 101)])
    print(" float exps", [repr(base ** float(n)) for n in (2, 3, -1)], [repr(base ** complex(n)) for n in (2, -1)])
