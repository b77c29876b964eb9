"""Closures created in loops and comprehensions: shared cell for loop variables, default-argument capture, cells per iteration via factories."""

fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = "reassigned"
print([f() for f in fs])

fs = [lambda: j for j in range(3)]
print([f() for f in fs])

fs = [lambda j=j: j for j in range(3)]
print([f() for f in fs])

def make(n):
    return lambda: n
fs = [make(k) for k in range(3)]
print([f() for f in fs], [f.__closure__[0].cell_contents for f in fs])

def counters():
    out = []
    for name in ("a", "b"):
        count = 0
        def inc(name=name):
            nonlocal count
            count += 1
            return name, count
        out.append(inc)
    return out
ia, ib = counters()
print(ia(), ia(), ib(), ia.__closure__[0] is ib.__closure__[0])

# while loop with closures and a mutated variable
def wl():
    fs = []
    x = 0
    while x < 3:
        fs.append(lambda: x)
        x += 1
    return [f() for f in fs]
print(wl())

# closures over comprehension variables in nested comprehensions
grid = [[(lambda: (r, c)) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])
