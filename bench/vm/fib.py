"""Recursive Fibonacci: nothing but Python-level calls, returns, compares and small-int adds."""
import sys

SIZE = 36
QUICK = 18
EXPECTED = {
    QUICK: 'fib(18) = 2584',
    SIZE: 'fib(36) = 14930352',
}


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    return f"fib({n}) = {fib(n)}"


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
