"""complex repr/str rules: parentheses only with a nonzero real part or -0.0, signed zeros, inf/nan parts, exponent forms, and round trips through complex()."""
vals = [0j, -0j, 1j, -1j, 1 + 0j, complex(1, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), complex(0, -0.0), 2.5 + 1e20j,
        1e-10 - 1e16j, complex(1e16, 1e-5), complex(float("inf"), 1), complex(1, float("inf")), complex(float("nan"), -float("inf")),
        complex(0, float("nan")), complex(-float("inf"), -0.0), 0.1 + 0.2j, complex(123456789012345678, 1), 3 - 4j, -3 + 4j,
        1j * 1e300 * 1e10, complex(5e-324, -5e-324)]
for z in vals:
    r = repr(z)
    back = complex(r)
    same = (repr(back) == r)
    print(r, str(z), same, f"{z}", [z], (z,))
print(repr(complex("-0-0j")), repr(complex(-0.0, -0.0)), repr(-(0j)), repr(0j - 0j), repr(-0j + 0), repr(complex("-0j")))
class C(complex):
    def __repr__(self):
        return "C" + complex.__repr__(self)
print(repr(C(1, 2)), str(C(1, 2)), [C(0, 1)], format(C(1, 1)))
