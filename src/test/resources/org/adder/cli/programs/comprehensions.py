"""Comprehensions: list/set/dict, nested, conditional, walrus, inlined scopes (PEP 709)."""
words = "the quick brown fox jumps over the lazy dog".split()
print([w.upper() for w in words if len(w) > 3])
print(sorted({len(w) for w in words}))
print({w: i for i, w in enumerate(words) if w != "the"})
print([(x, y) for x in range(3) for y in range(x) if (x + y) % 2])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([[row[i] for row in matrix] for i in range(3)])
print([y for x in range(10) if (y := x * x) % 3 == 1], y)
x = "outer x"
print([x for x in "ab"], x)
print(sum(v for row in matrix for v in row), max(len(w) for w in words))
print(dict(zip("abc", (i ** 2 for i in range(3)))))


def in_function(n):
    total = [i for i in range(n)]
    return [lambda: i for i in total][-1](), sorted({i % 3 for i in total})


print(in_function(7))
