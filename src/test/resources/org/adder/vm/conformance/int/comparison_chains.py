"""Chained comparisons: each middle operand evaluated once, short-circuit on the first false link, reflected comparison order (__lt__ vs __gt__), NotImplemented fallbacks to identity for ==, with traces."""
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v}.__lt__({o.v if isinstance(o, N) else o})")
        return self.v < (o.v if isinstance(o, N) else o)
    def __gt__(self, o):
        print(f"  {self.v}.__gt__({o.v if isinstance(o, N) else o})")
        return self.v > (o.v if isinstance(o, N) else o)
    def __eq__(self, o):
        print(f"  {self.v}.__eq__({o.v if isinstance(o, N) else o})")
        return NotImplemented
    __hash__ = object.__hash__
def val(x):
    print("  eval", x.v if isinstance(x, N) else x)
    return x
print("a < b < c:", val(N(1)) < val(N(2)) < val(N(3)))
print("short circuit:", val(N(3)) < val(N(2)) < val(N(1)))
print("int < N:", 1 < val(N(5)))
print("N > int:", val(N(5)) > 1)
a = N(1)
print("eq same:", a == a, "ne same:", a != a)
print("eq other:", N(1) == N(1), "ne other:", N(1) != N(1))
try:
    print("mixed chain:", 0 < val(N(1)) <= 5)
except TypeError as e:
    print("TypeError:", e)
class Sub(N):
    def __lt__(self, o):
        print("  Sub.__lt__")
        return True
    def __gt__(self, o):
        print("  Sub.__gt__")
        return True
print("N < Sub:", N(1) < Sub(2))
print("Sub < N:", Sub(1) < N(2))
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1.0 == True, 1 is not None is not False, 2 in [1, 2] in [[1, 2]])
x = 5
print(0 <= x < 10, 0 <= x < 5, not 0 < x, -10 < -x < 0)
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print("TypeError:", e)
try:
    1 < 2 < "3"
except TypeError as e:
    print("TypeError:", e)
print(1 > 2 < "3")
