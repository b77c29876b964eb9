"""Mandelbrot: escape-time iteration over a grid of the complex plane, once with float pairs and once
with the complex type, which must agree point for point. Float multiply-add in a tight while loop."""
import sys

SIZE = 540
QUICK = 16
EXPECTED = {
    QUICK: 'mandelbrot 16x16: 58 inside, 8175 iterations, widest row 8',
    SIZE: 'mandelbrot 540x540: 65362 inside, 9141172 iterations, widest row 270',
}

LIMIT = 120


def escape_floats(cr, ci):
    zr = zi = 0.0
    n = 0
    while n < LIMIT:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return LIMIT


def escape_complex(c):
    z = 0j
    for n in range(LIMIT):
        if z.real * z.real + z.imag * z.imag > 4.0:
            return n
        z = z * z + c
    return LIMIT


def main(size):
    inside = 0
    total = 0
    rows = []
    for y in range(size):
        ci = -1.25 + 2.5 * y / size
        row = 0
        for x in range(size):
            cr = -2.0 + 2.75 * x / size
            n = escape_floats(cr, ci)
            if x % 4 == 0 and n != escape_complex(complex(cr, ci)):
                raise AssertionError(f"floats and complex disagree at {x}, {y}")
            total += n
            if n == LIMIT:
                inside += 1
                row += 1
        rows.append(row)
    widest = max(range(size), key=lambda r: rows[r])
    return f"mandelbrot {size}x{size}: {inside} inside, {total} iterations, widest row {widest}"


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
