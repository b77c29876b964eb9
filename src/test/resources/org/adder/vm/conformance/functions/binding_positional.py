"""Argument binding with positional parameters and defaults: every missing/too-many message form."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def f0(): return ()
def f1(a): return (a,)
def f2(a, b): return (a, b)
def f3(a, b, c): return (a, b, c)
def fd(a, b=2, c=3): return (a, b, c)
def fdd(a=1, b=2): return (a, b)

check(lambda: f0())
check(lambda: f0(1))
check(lambda: f0(1, 2))
check(lambda: f1())
check(lambda: f1(1, 2))
check(lambda: f2())
check(lambda: f2(1))
check(lambda: f2(b=1))
check(lambda: f2(1, 2, 3))
check(lambda: f3())
check(lambda: f3(1))
check(lambda: f3(c=1))
check(lambda: f3(1, 2, 3, 4, 5))
check(lambda: fd())
check(lambda: fd(1))
check(lambda: fd(1, c=9))
check(lambda: fd(1, 2, 3, 4))
check(lambda: fd(1, 2, 3, 4, 5))
check(lambda: fd(b=5))
check(lambda: fdd(1, 2, 3))
check(lambda: fdd(b=0))
check(lambda: f2(1, 2, b=3))
check(lambda: f2(1, a=3))
check(lambda: f2(1, 2, c=3))
check(lambda: f2(1, 2, **{"d": 3}))
check(lambda: f2(1, c=3))
check(lambda: f2(b=1, a=2))

# keyword passed with a non-identifier string via **
check(lambda: f2(1, **{"b c": 3}))
check(lambda: f2(1, **{1: 3}))

# methods count self in the message
class C:
    def m(self, a): return a
    def n(self): return "n"
check(lambda: C().m())
check(lambda: C().m(1, 2))
check(lambda: C().n(1))
check(lambda: C.m())
check(lambda: C.m(1))
check(lambda: C.m(C(), 5))
