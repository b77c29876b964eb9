"""Iterable unpacking: targets with starred names, nested targets, unpacking iterators/generators/dicts/sets/strings, the exact error messages for too many / not enough values, and evaluation order of targets."""
def check(code):
    ns = {}
    try:
        exec(code, ns)
    except BaseException as e:
        print(code, "->", type(e).__name__ + ":", e)
    else:
        print(code, "->", {k: v for k, v in ns.items() if k != "__builtins__"})
check("a, b = 1, 2")
check("a, b = 'xy'")
check("a, *b = range(4)")
check("*a, b = [1]")
check("a, *b, c = 'abcde'")
check("(a, b), c = [1, 2], 3")
check("[a, [b, *c]] = (1, (2, 3, 4))")
check("a, b = {'k1': 1, 'k2': 2}")
check("a, b = iter([10, 20])")
check("a, b = (i * i for i in range(2))")
check("*a, = ()")
check("a, b = 1, 2, 3")
check("a, b, c = 1, 2")
check("a, *b, c = [1]")
check("a, b = 5")
check("a, b = None")
check("(a, b), c = 1, 2")
check("a, b = (x for x in range(5))")
check("a, *b = []")
check("[a] = [1, 2]")
check("a, = 'x'")
check("a, = 'xy'")
class Noisy:
    def __iter__(self):
        for i in range(3):
            print("yield", i)
            yield i
a, *b = Noisy()
print(a, b)
class Target:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
t = Target()
t.x, t.y = 1, 2
lst = [0, 0]
i = 0
i, lst[i] = 1, "assigned"
print(lst)
print(*[1, 2], *"ab", *range(2))
print([*range(2), *{"k": 1}], (*"xy",), {*"aab"}, {**{"a": 1}, **dict(b=2)})
