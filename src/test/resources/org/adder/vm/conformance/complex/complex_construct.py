"""complex(): from numbers, two arguments (incl. complex arguments), strings in every accepted form, __complex__/__float__/__index__, and every error message."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for args in [(), (1,), (1.5,), (-0.0,), (True,), (1, 2), (1.5, -0.0), (-0.0, -0.0), (1j, 1j), (1 + 2j, 3 + 4j), (2, 1j),
             (10**20, 1), (0, float("inf")), (float("nan"), 0)]:
    check(lambda: complex(*args))
for s in ["1", "1j", "-1j", "j", "-j", "+j", "1+2j", "1-2j", "(1+2j)", " ( 1+2j ) ", "1.5e3-2.5E-3J", "inf", "-infj", "nan+nanj",
          "infj", "1_0+2_0j", "1e5j", "0x1j", "1+", "1+2", "1 + 2j", "(1+2j", "1+2j)", "()", "", " ", "1j+2", "jj", "1+2jj",
          "1.j", ".5j", "-.5-.5j", "１+２j", "\u2003(1)\u2003", "1e", "1__0j", "(-0-0j)", "0j"]:
    check(lambda: complex(s))
check(lambda: complex("1", 2))
check(lambda: complex(1, "2"))
check(lambda: complex(None))
check(lambda: complex([1]))
check(lambda: complex(b"1"))
check(lambda: complex(1, None))
check(lambda: complex(real=1, imag=2))
check(lambda: complex(imag=3))
check(lambda: complex(real="1+1j"))
check(lambda: complex(1, 2, 3))
check(lambda: complex(10**400))
check(lambda: complex(1, 10**400))
class C:
    def __complex__(self):
        print("__complex__")
        return 3 + 4j
class F:
    def __float__(self):
        print("__float__")
        return 2.5
class I:
    def __index__(self):
        print("__index__")
        return 7
class Bad:
    def __complex__(self):
        return 1.5
check(lambda: complex(C()))
check(lambda: complex(F()))
check(lambda: complex(I()))
check(lambda: complex(F(), I()))
check(lambda: complex(Bad()))
check(lambda: complex(1, C()))
class CS(complex):
    pass
r = CS(1, 2)
print(repr(r), type(r).__name__, type(r + 1).__name__, repr(complex(r)), type(complex(r)).__name__)
