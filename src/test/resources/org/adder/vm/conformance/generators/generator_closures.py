"""Generators interacting with closures and classes: generator methods, generators capturing loop variables, nonlocal updates across yields."""

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))

gens = [(lambda i=i: (x * i for x in range(3)))() for i in range(3)]
print([list(g) for g in gens])
late = [(x * i for x in range(2)) for i in range(3)]
print([list(g) for g in late])

class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t.depth_first()), sum(t), max(t), 4 in t, sorted(t, reverse=True))

# a generator keeps its own copy of locals; the enclosing function's later changes are visible through cells only
def make():
    shared = "initial"
    def gen():
        yield shared
        yield shared
    g = gen()
    first = next(g)
    shared = "changed"
    return first, next(g)
print(make())

# generator defined in a class body referencing class variables fails at iteration time
class K:
    factor = 3
    try:
        scaled = list(x * factor for x in range(3))
    except NameError as e:
        scaled = "NameError: " + str(e)
print(K.scaled)
