"""yield as an expression in many positions: assignments, arithmetic, call arguments, containers, conditionals; send values routed to each."""

def positions():
    a = yield "plain"
    b = (yield "in parens") + 1
    c = [(yield "in list"), (yield "second in list")]
    d = {"k": (yield "in dict")}
    e = str((yield "as argument"))
    f = (yield "cond") if a else "not evaluated"
    g = yield
    return a, b, c, d, e, f, g

gen = positions()
out = [next(gen)]
value = 1
try:
    while True:
        out.append(gen.send(value))
        value += 1
except StopIteration as stop:
    print(out)
    print(stop.value)

def yield_precedence():
    x = yield 1, 2
    y = yield from_() if False else 3
    return x, y
def from_():
    return "never"
g = yield_precedence()
print(next(g), g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print(e.value)

# yield inside try/except/finally/with and loops
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
def structured():
    with CM():
        for i in range(2):
            try:
                yield f"try {i}"
            finally:
                yield f"finally {i}"
    yield "after with"
print(list(structured()))

# yield in lambda and generator expressions (the lambda becomes a generator function)
lam = lambda: (yield "from lambda")
print(type(lam()).__name__, list(lam()))
# a bare yield produces None; send into it returns into the expression
def bare():
    got = yield
    yield got
b = bare()
print(next(b), b.send("sent value"))
# compile-time restrictions
for src in ("def f():\n    [(yield) for x in y]", "def f():\n    {(yield): 1 for x in y}", "class C:\n    yield 1", "yield 1", "def f():\n    return (yield from ())"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
