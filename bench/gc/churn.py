# GC benchmark: churn. A large long-lived structure (a dict of lists of float
# tuples, ~100 MB on CPython) stays alive while a loop creates many short-lived
# floats and tuples; every so often a fresh tuple replaces an old one inside the
# long-lived structure, so old objects keep receiving young references.
# Usage: churn.py [steps_in_thousands [keys]]  (defaults 3000 and 20000)
import sys


def build_store(n_keys, per_key):
    store = {}
    for k in range(n_keys):
        row = []
        for j in range(per_key):
            x = float(k * per_key + j)
            row.append((x, x * 0.5, -x))
        store[k] = row
    return store


def step(p, v, dt):
    # Returns new tuples of floats: every call allocates short-lived objects.
    x, y, z = p
    vx, vy, vz = v
    ax = -x * 0.001
    ay = -y * 0.001
    az = -z * 0.001
    v2 = (vx + ax * dt, vy + ay * dt, vz + az * dt)
    p2 = (x + v2[0] * dt, y + v2[1] * dt, z + v2[2] * dt)
    return p2, v2


def main(steps, n_keys):
    per_key = 40
    store = build_store(n_keys, per_key)
    p = (1.0, 2.0, 3.0)
    v = (0.5, -0.25, 0.125)
    acc = 0.0
    for i in range(steps):
        p, v = step(p, v, 0.01)
        acc += p[0] * 1e-6
        if i % 16 == 0:
            row = store[(i * 7919) % n_keys]
            row[i % per_key] = (p[0], p[1], float(i))
    total = 0.0
    for k in range(0, n_keys, 97):
        for t in store[k]:
            total += t[0] + t[2]
    print("position", int(p[0] * 1000000), int(p[1] * 1000000), int(p[2] * 1000000))
    print("acc", int(acc * 1000000))
    print("checksum", int(total))


main(int(sys.argv[1]) * 1000 if len(sys.argv) > 1 else 3000000,
     int(sys.argv[2]) if len(sys.argv) > 2 else 20000)
