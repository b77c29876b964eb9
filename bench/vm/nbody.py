"""N-body: a made-up planetary system (one star, four planets; units of AU, years and solar masses, so
G is 4 pi**2) stepped with a fixed time step. Float arithmetic on lists of floats, pairs as tuples."""
import sys

SIZE = 400_000
QUICK = 1_000
EXPECTED = {
    QUICK: 'nbody 1000: energy -0.003183747 -> -0.003184376, inner at (-0.444580, -0.550278, -0.001219)',
    SIZE: 'nbody 400000: energy -0.003183747 -> -0.003183226, inner at (0.725567, 0.002469, -0.003493)',
}

PI = 3.141592653589793
G = 4 * PI * PI
DT = 0.001

# name: position (AU), velocity (AU/year), mass (solar masses)
SYSTEM = {
    "star": ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], 1.0),
    "inner": ([0.72, 0.10, -0.003], [-0.82, 7.30, 0.05], 2.4e-6),
    "giant": ([-2.1, 1.4, 0.02], [-2.05, -3.10, 0.01], 3.1e-4),
    "middle": ([3.9, -4.6, 0.11], [1.75, 1.48, -0.03], 8.7e-5),
    "outer": ([-9.5, -6.2, -0.25], [1.08, -1.62, 0.02], 4.4e-5),
}


def make_bodies():
    # Fresh lists, so that a run never sees a previous run's state; masses carry G.
    return [(list(pos), list(vel), mass * G) for pos, vel, mass in SYSTEM.values()]


def pairs_of(bodies):
    return [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def centre_momentum(bodies):
    # Give the star the momentum that makes the total zero, so the system does not drift.
    px = py = pz = 0.0
    for (_, (vx, vy, vz), m) in bodies:
        px += vx * m
        py += vy * m
        pz += vz * m
    star_vel, star_mass = bodies[0][1], bodies[0][2]
    star_vel[0] = -px / star_mass
    star_vel[1] = -py / star_mass
    star_vel[2] = -pz / star_mass


def energy(bodies, pairs):
    e = 0.0
    for (_, (vx, vy, vz), m) in bodies:
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
    for ((p1, _, m1), (p2, _, m2)) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        e -= m1 * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e / G


def advance(bodies, pairs, steps, dt):
    for _ in range(steps):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            scale = dt * (dx * dx + dy * dy + dz * dz) ** -1.5
            s1 = m1 * scale
            s2 = m2 * scale
            v1[0] -= dx * s2
            v1[1] -= dy * s2
            v1[2] -= dz * s2
            v2[0] += dx * s1
            v2[1] += dy * s1
            v2[2] += dz * s1
        for (p, v, _) in bodies:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


def main(n):
    bodies = make_bodies()
    pairs = pairs_of(bodies)
    centre_momentum(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, n, DT)
    after = energy(bodies, pairs)
    x, y, z = bodies[1][0]
    # Nine decimals: far above the last-bit differences a libm's pow may make, far below what a
    # wrong step would change.
    return f"nbody {n}: energy {before:.9f} -> {after:.9f}, inner at ({x:.6f}, {y:.6f}, {z:.6f})"


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
