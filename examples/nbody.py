# examples/nbody.py: the classic n-body simulation of the Sun and the four
# outer planets, integrated with a fixed time step (symplectic Euler).
#
# Usage: pyvm examples/nbody.py [STEPS]   (default 250000 steps)
#
# It prints the total energy of the system before and after the simulation,
# plus a few sampled positions along the way, so that any difference in float
# arithmetic between two interpreters shows up in the output. It sticks to
# the part of Python that pyvm runs today: functions, closures, lists, tuples,
# floats, loops and a handful of builtins (no classes, no imports but sys).
import sys

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24

# Each body is a list [x, y, z, vx, vy, vz, mass]: positions in AU,
# velocities in AU per year, masses in solar masses times 4 pi^2.
X, Y, Z, VX, VY, VZ, MASS = 0, 1, 2, 3, 4, 5, 6


def make_body(position, velocity_per_day=(0.0, 0.0, 0.0), mass=1.0):
    x, y, z = position
    vx, vy, vz = velocity_per_day
    return [x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
            mass * SOLAR_MASS]


def solar_system():
    sun = make_body((0.0, 0.0, 0.0))
    jupiter = make_body(
        (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
        (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
        mass=9.54791938424326609e-04)
    saturn = make_body(
        (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
        (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
        mass=2.85885980666130812e-04)
    uranus = make_body(
        (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
        (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
        mass=4.36624404335156298e-05)
    neptune = make_body(
        (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
        (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
        mass=5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def all_pairs(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def offset_momentum(bodies, reference=0):
    """Gives the reference body the velocity that makes total momentum zero."""
    px = py = pz = 0.0
    for body in bodies:
        m = body[MASS]
        px += body[VX] * m
        py += body[VY] * m
        pz += body[VZ] * m
    ref = bodies[reference]
    ref[VX] = -px / ref[MASS]
    ref[VY] = -py / ref[MASS]
    ref[VZ] = -pz / ref[MASS]


def energy(bodies, pairs):
    kinetic = 0.0
    for body in bodies:
        vx, vy, vz = body[VX], body[VY], body[VZ]
        kinetic += 0.5 * body[MASS] * (vx * vx + vy * vy + vz * vz)
    potential = 0.0
    for (b1, b2) in pairs:
        dx = b1[X] - b2[X]
        dy = b1[Y] - b2[Y]
        dz = b1[Z] - b2[Z]
        potential -= b1[MASS] * b2[MASS] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return kinetic + potential


def make_integrator(bodies, dt=0.01):
    """Returns a closure that advances the system by `steps` time steps."""
    pairs = all_pairs(bodies)
    steps_done = 0

    def advance(steps):
        nonlocal steps_done
        for _ in range(steps):
            for (b1, b2) in pairs:
                dx = b1[X] - b2[X]
                dy = b1[Y] - b2[Y]
                dz = b1[Z] - b2[Z]
                dist2 = dx * dx + dy * dy + dz * dz
                mag = dt / (dist2 * dist2 ** 0.5)
                m1 = b1[MASS] * mag
                m2 = b2[MASS] * mag
                b1[VX] -= dx * m2
                b1[VY] -= dy * m2
                b1[VZ] -= dz * m2
                b2[VX] += dx * m1
                b2[VY] += dy * m1
                b2[VZ] += dz * m1
            for body in bodies:
                body[X] += dt * body[VX]
                body[Y] += dt * body[VY]
                body[Z] += dt * body[VZ]
        steps_done += steps
        return steps_done

    return advance, pairs


def main(argv):
    steps = 250000
    if len(argv) > 1:
        steps = int(argv[1])
    if steps < 0:
        print("usage: nbody.py [STEPS]  (STEPS >= 0)")
        return 2
    bodies = solar_system()
    offset_momentum(bodies)
    advance, pairs = make_integrator(bodies, dt=0.01)
    print("bodies:", len(bodies), "pairs:", len(pairs), "steps:", steps)
    start_energy = energy(bodies, pairs)
    print("energy before:", repr(start_energy))
    chunks = 4
    done = 0
    for chunk in range(1, chunks + 1):
        target = steps * chunk // chunks
        done = advance(target - done)
        jupiter = bodies[1]
        print("after", done, "steps: jupiter at", jupiter[X], jupiter[Y], jupiter[Z])
    end_energy = energy(bodies, pairs)
    print("energy after:", repr(end_energy))
    drift = abs(end_energy - start_energy) / abs(start_energy)
    print("relative energy drift:", drift, "ok" if drift < 1e-3 else "TOO LARGE")
    distances2 = []
    masses = []
    for body in bodies:
        distances2.append(body[X] * body[X] + body[Y] * body[Y] + body[Z] * body[Z])
        masses.append(body[MASS])
    print("farthest body at", max(distances2) ** 0.5, "AU; total mass", sum(masses))
    print("is float:", isinstance(end_energy, float), "checksum:",
          str(int(abs(end_energy) * 10 ** 12)))
    return 0


sys.exit(main(sys.argv))
