"""Closures and comprehensions: counters and accumulators over nonlocal cells, closures made in a loop,
lambdas passed to sorted, map and filter, and list, dict and set comprehensions, nested ones included."""
import sys

SIZE = 7_500
QUICK = 40
EXPECTED = {
    QUICK: 'closures_comprehensions 40: [7905, 23200, 5688000, 4000, 94011146, 39979, 440, 74400, 46860, 37310, 1518]',
    SIZE: 'closures_comprehensions 7500: [1529694, 563850000, 1111500000, 750000, 18920274900, 7496400, 82500, 13950000, 10023750, 7176000, 326700]',
}


def make_counter(step):
    count = 0

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_adders(k):
    # Each closure keeps its own i, bound as a default at the time it was made.
    return [lambda x, i=i: x + i for i in range(k)]


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def scale_by(factor):
    return lambda x: x * factor


def round_(r):
    values = list(range(r % 50, r % 50 + 200))
    counter = make_counter(r % 7 + 1)
    for _ in range(50):
        counter()
    adders = make_adders(20)
    added = sum(f(r) for f in adders)
    pipeline = compose(scale_by(3), lambda x: x - 1, scale_by(2))
    piped = sum(map(pipeline, values))
    odd = list(filter(lambda v: v % 2, values))
    squares = [v * v for v in values if v % 3]
    table = {v: v % 11 for v in values}
    residues = {v % 11 for v in values}
    grid = [[i * j for j in range(i)] for i in range(1, 20)]
    flat = [x for row in grid for x in row if x % 4 == 1]
    by_residue = {k: [v for v, m in table.items() if m == k][:3] for k in residues}
    ranked = sorted(values, key=lambda v: (v % 13, -v))[:5]
    best = max(values, key=lambda v: (v * 7919) % 1009)
    return (counter(), added, piped, len(odd), sum(squares), sum(table.values()), len(residues),
            sum(flat), sum(map(sum, by_residue.values())), sum(ranked), best)


def main(n):
    totals = None
    for r in range(n):
        result = round_(r)
        totals = result if totals is None else tuple(a + b for a, b in zip(totals, result))
    return f"closures_comprehensions {n}: {list(totals)}"


def report(n, line):
    # The checksum line is what the runner compares between implementations; the self-check
    # catches a wrong answer even when no other implementation is there to compare with.
    print(line)
    want = EXPECTED.get(n)
    if want is not None and line != want:
        sys.exit(f"checksum mismatch: expected {want!r}")


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    report(size, main(size))
