"""Unary operators -, +, ~, not, abs() on user classes and builtins; 'bad operand type for unary' messages."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u), not u)
class Nothing:
    pass
n = Nothing()
check(lambda: -n)
check(lambda: +n)
check(lambda: ~n)
check(lambda: abs(n))
check(lambda: -"str")
check(lambda: +"str")
check(lambda: ~1.5)
check(lambda: ~"s")
check(lambda: -[1])
check(lambda: abs("x"))
check(lambda: -None)
check(lambda: ~None)
print(-True, +True, ~True, ~False, -0.0, +(-0.0), abs(-0.0), -(0.0), abs(-5), abs(-2**100))
print(~0, ~-1, ~(2**70), -(-(2**63)), abs(-1.5), abs(3 + 4j), -(1 + 2j), +(1 - 0j))
print(- - 1, - + - 1, ~~5, not not 0)
# NotImplemented from a unary method is just a value (no fallback)
class NI:
    def __neg__(self): return NotImplemented
print(-NI())
# unary on bool/int subclasses keeps int results
class MyInt(int): pass
print(type(-MyInt(3)).__name__, type(+MyInt(3)).__name__, type(abs(MyInt(-3))).__name__, type(~MyInt(3)).__name__)
