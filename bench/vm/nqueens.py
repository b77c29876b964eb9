"""N-queens, two ways: a backtracking generator that keeps the attacked columns and diagonals in
sets, and the brute force that walks every permutation (made by hand with recursive generators and
yield from) and keeps those whose diagonals are all distinct."""
import sys

SIZE = 12
QUICK = 7
EXPECTED = {
    QUICK: 'nqueens 7: 40 solutions, signature 434643252; brute force 4: 2 solutions, signature 396',
    SIZE: 'nqueens 12: 14200 solutions, signature 569458824563982882958; brute force 9: 352 solutions, signature 15497096695376',
}


def placements(n, row=0, columns=None, rising=None, falling=None):
    # Yields each solution as a tuple of column numbers, one per row.
    if columns is None:
        columns, rising, falling = set(), set(), set()
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in columns or row + col in rising or row - col in falling:
            continue
        columns.add(col)
        rising.add(row + col)
        falling.add(row - col)
        for rest in placements(n, row + 1, columns, rising, falling):
            yield (col,) + rest
        columns.discard(col)
        rising.discard(row + col)
        falling.discard(row - col)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            rest.insert(0, first)
            yield rest


def brute_force(n):
    def rows():
        yield from permutations(list(range(n)))
    return [p for p in rows()
            if len({q + i for i, q in enumerate(p)}) == n == len({q - i for i, q in enumerate(p)})]


def signature(solutions, n):
    # Each board read as a number in base n, weighted by its place in the order found: a board and
    # its mirror image add up to the same as any other such pair, so the weights are what make a
    # misplaced queen or a different search order show.
    total = 0
    for place, board in enumerate(solutions, 1):
        value = 0
        for col in board:
            value = value * n + col
        total += place * value
    return total


def main(n):
    searched = list(placements(n))
    small = n - 3
    forced = brute_force(small)
    return (f"nqueens {n}: {len(searched)} solutions, signature {signature(searched, n)}; "
            f"brute force {small}: {len(forced)} solutions, signature {signature(forced, small)}")


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
