"""Generator expressions: the first iterable is evaluated immediately (errors appear at creation), the rest lazily; closures over loop variables; exhaustion; passing directly to calls; scoping of the loop variable."""
def src(name, n):
    print("creating iterable", name)
    return range(n)
g = (x * 10 for x in src("outer", 3) for y in src("inner", 2))
print("generator created")
print(list(g))
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g3, "exhausted after error"))
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
fs2 = [(lambda x=x: x) for x in range(3)]
print([f() for f in fs2])
print(sum(x * x for x in range(5)), max(c for c in "hello"), "".join(c.upper() for c in "abc"), sorted((x % 3 for x in range(7)), reverse=True))
x = "unchanged"
print(list(x for x in range(2)), x)
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, iter(ge) is ge, next(ge), list(ge))
nested = ((i, j) for i in range(3) if i != 1 for j in range(i))
print(list(nested))
def gen_with_send():
    received = yield "first"
    print("received", received)
    yield "second"
gs = gen_with_send()
print(next(gs), gs.send("hello"))
