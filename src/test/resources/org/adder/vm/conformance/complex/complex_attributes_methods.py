"""complex type surface: dir-visible methods, __getnewargs__, __format__ with empty spec equals str, real/imag read-only errors, complex.__new__ keyword names, comparison methods returning NotImplemented, and bool()."""
def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

z = 3 - 4j
print(sorted(n for n in dir(complex) if not n.startswith("__")), len(dir(z)))
check(lambda: z.__getnewargs__())
check(lambda: z.__format__("") == str(z))
check(lambda: z.__eq__(3 - 4j))
check(lambda: z.__eq__("x"))
check(lambda: z.__lt__(z))
check(lambda: z.__ne__(3))
check(lambda: z.__bool__())
check(lambda: (0j).__bool__())
check(lambda: complex(-0.0, 0).__bool__())
check(lambda: z.__abs__())
check(lambda: z.__neg__())
check(lambda: z.__pos__())
check(lambda: z.__hash__() == hash(z))
check(lambda: complex(real=1.5))
check(lambda: complex(imag=-2))
check(lambda: complex(1, imag=2))
check(lambda: complex(real=1, x=2))
check(lambda: z.real.hex())
check(lambda: delattr(z, "imag"))
check(lambda: complex.real.__get__(z))
check(lambda: complex.imag.__set__(z, 1))
check(lambda: type(z).__name__ + "/" + complex.__qualname__)
check(lambda: complex.__doc__.splitlines()[0])
