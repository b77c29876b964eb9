"""Fannkuch: for every permutation of 0..n-1 (in lexicographic order), its mirror image and its rotation
by one place, count the prefix reversals ("pancake flips" by the first element) until 0 comes first.
List slicing, reversal and indexing. The mirrors and rotations (each permutation met three times) make
n = 9 take seconds; n = 10 would take ten times as long."""
import sys

SIZE = 9
QUICK = 6
EXPECTED = {
    QUICK: 'fannkuch 6: 720 permutations, checksum 4534, most flips 10',
    SIZE: 'fannkuch 9: 362880 permutations, checksum 4005364, most flips 30',
}


def flips(perm):
    p = perm[:]
    count = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count


def next_permutation(a):
    # In place; False once a is the last (descending) permutation.
    i = len(a) - 2
    while i >= 0 and a[i] > a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] < a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True


def main(n):
    perm = list(range(n))
    most = 0
    checksum = 0
    index = 0
    while True:
        f = flips(perm)
        g = flips(perm[::-1])
        h = flips(perm[1:] + perm[:1])
        if f > most:
            most = f
        checksum += (f - g) if index & 1 else (f + g)
        checksum += h * (index % 3)
        index += 1
        if not next_permutation(perm):
            break
    return f"fannkuch {n}: {index} permutations, checksum {checksum}, most flips {most}"


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
