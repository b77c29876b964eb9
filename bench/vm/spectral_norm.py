"""Spectral norm: the largest singular value of the infinite matrix a(i, j) = 1 / ((i + j)(i + j + 1) / 2
+ i + 1), cut to n x n, by power iteration on A'A. Many small nested function calls on floats."""
import sys

SIZE = 480
QUICK = 20
EXPECTED = {
    QUICK: 'spectral_norm 20: 1.273839841',
    SIZE: 'spectral_norm 480: 1.274224111',
}


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    return [sum([entry(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_transposed(v):
    n = len(v)
    return [sum([entry(j, i) * v[j] for j in range(n)]) for i in range(n)]


def normal_times(v):
    return times_transposed(times(v))


def dot(a, b):
    total = 0.0
    for x, y in zip(a, b):
        total += x * y
    return total


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = normal_times(u)
        u = normal_times(v)
    return f"spectral_norm {n}: {(dot(u, v) / dot(v, v)) ** 0.5:.9f}"


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
