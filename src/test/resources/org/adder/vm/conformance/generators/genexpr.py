"""Generator expressions: laziness, first iterable evaluated eagerly, scoping of the loop variables, nested fors and ifs, consumption."""

def check(f):
    try:
        r = f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

log = []
def src(tag, items):
    log.append("evaluate " + tag)
    return items
def cond(x):
    log.append(f"cond {x}")
    return x % 2
g = (x * 10 for x in src("outer", [1, 2, 3]) if cond(x))
print("created:", log)
print(next(g), log)
print(list(g), log)
log.clear()

# the first iterable is evaluated at creation; inner ones lazily
g = ((a, b) for a in src("A", [1, 2]) for b in src("B", "xy"))
print(log)
print(list(g), log)
log.clear()

# errors in the first iterable surface immediately; in others lazily
check(lambda: (x for x in 5))
g = (y for x in [1] for y in 5)
print("created lazily")
check(lambda: list(g))

# loop variable does not leak
x = "outer x"
total = sum(x for x in range(5))
print(total, x)

# closure over a class variable fails inside the generator, except in the first iterable
class K:
    vals = [1, 2]
    firsts = list(v for v in vals)
    try:
        pairs = list((v, w) for v in vals for w in vals)
    except NameError as e:
        err = str(e)
print(K.firsts, K.err)

# generator expressions as sole argument, nested, and with conditions on both levels
print(sum(i * i for i in range(10)), max((len(w), w) for w in "a bb ccc".split()), "".join(c.upper() for c in "abc"))
print(list(x + y for x in range(3) if x for y in range(3) if y > x))
print(list((i for i in range(3))), tuple(i for i in "ab"), set(i % 2 for i in range(5)), dict((i, i * i) for i in range(3)))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(js)) for i, js in nested])
g = (i for i in range(3))
print(list(zip(g, g)))
print(any(x > 2 for x in [1, 5, 0]), all(x for x in []), next((x for x in [] if x), "no match"))
check(lambda: next(i for i in []))
