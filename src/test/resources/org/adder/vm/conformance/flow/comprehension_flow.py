"""Control flow expressed through comprehensions: conditional expressions, multiple ifs, nested loops, early exit with next(), any/all short circuit traced."""

log = []
def pred(x):
    log.append(x)
    return x > 2

print([x if x % 2 else -x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
print({w: len(w) for w in "the quick brown fox".split() if len(w) > 3})
print(next((x for x in [1, 5, 2, 7] if pred(x)), None), log); log.clear()
print(any(pred(x) for x in [1, 2, 3, 4, 5]), log); log.clear()
print(all(pred(x) for x in [3, 4, 1, 9]), log); log.clear()
print(any([pred(x) for x in [1, 3, 5]]), log); log.clear()
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print(sum(x for row in matrix for x in row if x % 2 == 0))
print(sorted({c for c in "mississippi"}), sorted({c: 0 for c in "banana"}))
print([y for x in [[1, [2]], [3]] for y in x])
print([(lambda v: v * 2)(x) for x in range(3)])
print([i for i in range(3)] + [j for j in range(3, 0, -1)])
print(list(filter(None, [0, "", None, 3, "a", [], [0]])), list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))))
