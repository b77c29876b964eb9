"""Tight integer loops: while and for over range, with the arithmetic, bitwise and comparison operators
on small ints, and an accumulator that grows past 2**64 now and then before it is masked back."""
import sys

SIZE = 9_000_000
QUICK = 20_000
EXPECTED = {
    QUICK: 'loop 20000: 888805779607 2104886033 10073 4830 2201442162883705746',
    SIZE: 'loop 9000000: 80999956115124234368 1183146529 4500341 2248500 1454976623252',
}


def while_loop(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i * i
        elif i & 1:
            total -= i >> 2
        else:
            total ^= i
        i += 1
    return total


def for_loop(n):
    acc = 1
    odd = 0
    for i in range(n):
        acc = (acc * 31 + i) & 0xFFFF_FFFF
        if acc > 0x7FFF_FFFF:
            odd += 1
    return acc, odd


def nested(n):
    # A triangle of short inner loops: loop set-up cost as much as the body.
    side = int(n ** 0.5) // 2
    count = 0
    for i in range(side):
        for j in range(i):
            count += (i - j) % 5
    return count


def big(n):
    # Sums that leave the machine-word range and come back: the small/big int boundary.
    x = 1
    for i in range(n // 50):
        x = x * 3 + i
        if x > 1 << 80:
            x %= 1_000_000_007
    return x


def main(n):
    acc, odd = for_loop(n)
    return f"loop {n}: {while_loop(n)} {acc} {odd} {nested(n)} {big(n)}"


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
