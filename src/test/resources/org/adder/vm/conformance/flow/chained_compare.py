"""Chained comparisons: evaluation order, each operand evaluated once, short-circuit on the first false link."""

log = []
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        log.append(f"{self.n}<{o.n}")
        return self.n < o.n
    def __gt__(self, o):
        log.append(f"{self.n}>{o.n}")
        return self.n > o.n
    def __eq__(self, o):
        log.append(f"{self.n}=={o.n}")
        return self.n == o.n
    def __le__(self, o):
        log.append(f"{self.n}<={o.n}")
        return self.n <= o.n
    __hash__ = None

def v(n):
    log.append(f"eval {n}")
    return V(n)

def run(label, f):
    log.clear()
    r = f()
    print(label, r, log)

run("1<2<3", lambda: v(1) < v(2) < v(3))
run("1<3<2", lambda: v(1) < v(3) < v(2))
run("3<1<2", lambda: v(3) < v(1) < v(2))
run("1<2>0==0", lambda: v(1) < v(2) > v(0) == v(0))
run("1<=1<=2<=2", lambda: v(1) <= v(1) <= v(2) <= v(2))

# comparisons return the non-bool value of the last evaluated link
class R:
    def __init__(self, val): self.val = val
    def __lt__(self, o): return self.val
    def __gt__(self, o): return ("gt", self.val)
print(repr(R("first") < R(0)))
print(repr(R([]) < 1 < 2))
print(repr(1 < R("last")))
print(repr((R("a") < R(0)) < R("b")))

# mixed chains with in / is / not in
print(1 in [1] in [[1]], 1 < 2 in [True], None is not None is not False)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != 6, 1 < 2 < 3 < 4 < 5 < 4)
print([] == [] is not None, 1 == 1.0 == True, "a" < "b" < "c" > "a")

# bool of an intermediate result is taken exactly once per link
class B:
    def __init__(self, r): self.r = r
    def __lt__(self, o): return self
    def __gt__(self, o): return self
    def __repr__(self): return f"B({self.r})"
    def __bool__(self):
        print("bool", self.r)
        return self.r
print("result:", B(True) < 1 < B(False) < 2)
print("result:", B(True) < 1 < B(True) < 2)

# TypeError from an inner link only after earlier links succeed
def t():
    try:
        return 1 < 2 < "x"
    except TypeError as e:
        return "TypeError: " + str(e)
print(t())
def t2():
    try:
        return 2 < 1 < "x"
    except TypeError as e:
        return "TypeError: " + str(e)
print(t2())
