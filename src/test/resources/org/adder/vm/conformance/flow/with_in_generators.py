"""with blocks inside generators: close() while suspended inside with runs __exit__ with GeneratorExit; throw() reaches __exit__ first."""

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, tp, val, tb):
        print("exit", self.name, tp.__name__ if tp else None)
        return self.suppress

def gen(suppress=False):
    with CM("g", suppress):
        yield 1
        yield 2
    yield "after with"

g = gen()
print(next(g))
g.close()
print("closed")

g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", repr(e))

g = gen(suppress=True)
next(g)
print("throw result:", g.throw(KeyError("swallowed")))
print(list(g))

g = gen(suppress=True)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

print(list(gen()))
