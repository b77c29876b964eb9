"""Keyword-only parameters: required and defaulted, with *args, bare *, and their error messages."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def k1(*, a): return a
def k2(*, a, b): return a, b
def k3(x, *, a, b=2, c): return x, a, b, c
def k4(x, *args, key=None): return x, args, key
def k5(*, a=1): return a

check(lambda: k1())
check(lambda: k1(1))
check(lambda: k1(a=1))
check(lambda: k2())
check(lambda: k2(a=1))
check(lambda: k2(b=1))
check(lambda: k2(1, 2))
check(lambda: k3())
check(lambda: k3(1))
check(lambda: k3(1, a=1))
check(lambda: k3(1, c=1))
check(lambda: k3(1, 2, a=1, c=2))
check(lambda: k3(1, 2, 3))
check(lambda: k3(1, a=1, c=2))
check(lambda: k4(1, 2, 3))
check(lambda: k4(1, 2, key=3))
check(lambda: k4())
check(lambda: k4(key=3))
check(lambda: k5(1))
check(lambda: k5(2, 3))
check(lambda: k5(b=2))

# three or more missing keyword-only arguments
def many(*, a, b, c, d): pass
check(lambda: many())
check(lambda: many(b=1))
check(lambda: many(a=1, d=1))

# positional given + keyword-only given in the "too many" message
def kx(a, *, b): pass
check(lambda: kx(1, 2, b=3))
check(lambda: kx(1, 2))
def ky(a, b=1, *, c, d=2): pass
check(lambda: ky(1, 2, 3, c=4))
check(lambda: ky(1, 2, 3, c=4, d=5))
check(lambda: ky(1, 2, 3, 4, d=5))
check(lambda: ky(1, 2, 3))

print(k3.__kwdefaults__, k4.__kwdefaults__, k1.__kwdefaults__)
print(k3.__code__.co_argcount, k3.__code__.co_kwonlyargcount, k3.__code__.co_varnames)
