"""Assignment expressions: in conditions, comprehensions (binding in the enclosing scope), while loops, evaluation order."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

if (n := len("hello")) > 3:
    print("long", n)

data = iter([1, 2, 3, 0, 4])
total = 0
while (item := next(data)) != 0:
    total += item
print("total", total, "stopped at", item)

print([y for x in range(5) if (y := x * x) > 3], "y leaked:", y)

def scope():
    [last := i for i in range(3)]
    return last
print(scope())

def nested():
    r = [[(inner := i * j) for j in range(3)] for i in range(3)]
    return r, inner
print(nested())

# order: the value is assigned before the enclosing expression continues
print((a := 10, a + 1))
print([b := 1, b := b + 1, b + 10])
print(f"{(c := 'fstr')} {c}")

def args(x, y):
    return x, y
print(args(d := 5, d * 2))

# walrus in a lambda default and in a comprehension's condition with a global
counter = 0
def bump():
    global counter
    return [counter := counter + 1 for _ in range(3)]
print(bump(), counter)

# walrus binds in the function even inside a generator expression
def gen_scope():
    g = (z := v for v in "ab")
    first = list(g)
    return first, z
print(gen_scope())

# nonlocal target through a comprehension
def outer():
    w = "before"
    def inner():
        nonlocal w
        [w := ch for ch in "xyz"]
    inner()
    return w
print(outer())

# unparenthesized is fine in several positions
print(len(s := "abc"), s)
vals = {k: (v := k * 2) for k in range(3)}
print(vals, v)
check(lambda: (q := 1 / 0))
