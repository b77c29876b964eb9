"""Positional-only parameters (/): passing them by keyword, mixing with **kwargs of the same name, messages."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

def p1(a, /): return a
def p2(a, b, /, c): return a, b, c
def p3(a, b=2, /, c=3, *, d=4): return a, b, c, d
def p4(a, /, **kw): return a, kw
def p5(a, b, /): return a, b

check(lambda: p1(1))
check(lambda: p1(a=1))
check(lambda: p1())
check(lambda: p2(1, 2, 3))
check(lambda: p2(1, 2, c=3))
check(lambda: p2(1, b=2, c=3))
check(lambda: p2(a=1, b=2, c=3))
check(lambda: p3(1))
check(lambda: p3(1, 5, 6, d=7))
check(lambda: p3(1, b=5))
check(lambda: p3(a=1, b=5))
check(lambda: p4(1, a=2))
check(lambda: p4(1, a=2, b=3))
check(lambda: p4(a=2))
check(lambda: p5(a=1, b=2))
check(lambda: p5(1, b=2))
check(lambda: p5())
check(lambda: p5(1, 2, 3))

def p6(a, b, c, /, d): pass
check(lambda: p6(a=1, b=2, c=3, d=4))
check(lambda: p6(1, 2, c=3, d=4))

class K:
    def m(self, x, /): return x
check(lambda: K().m(x=1))
check(lambda: K().m(1))
check(lambda: K.m(self=K(), x=1))

print(p3.__code__.co_posonlyargcount, p3.__code__.co_argcount, p3.__code__.co_kwonlyargcount)
print(p3.__defaults__, p3.__kwdefaults__)

# builtins with positional-only parameters report the same way
check(lambda: len(obj=[]))
check(lambda: divmod(a=1, b=2))
check(lambda: abs())
check(lambda: abs(1, 2))
check(lambda: isinstance(1))
