"""zip(strict=True) details: which iterator is checked for exhaustion and when, error messages naming argument positions (1-based), behaviour with already-exhausted iterators, and exceptions from the iterables themselves passing through."""
def src(name, n, fail=False):
    for i in range(n):
        print(f"{name}[{i}]", end=" ")
        yield i
    if fail:
        raise RuntimeError(f"{name} failed")
    print(f"{name}-end", end=" ")
def run(*its):
    try:
        print(list(zip(*its, strict=True)))
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
run(src("a", 2), src("b", 2))
run(src("a", 2), src("b", 3))
run(src("a", 3), src("b", 2))
run(src("a", 2), src("b", 2), src("c", 1))
run(src("a", 1), src("b", 2), src("c", 2))
run(src("a", 2, fail=True), src("b", 2))
run(src("a", 2), src("b", 2, fail=True))
empty = iter([])
run(empty, src("b", 1))
run(iter([]), iter([]))
z = zip([1, 2], [3, 4, 5], strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
print(list(zip("ab", "xy", strict=False)), list(zip("abc", "x")))
