# GC benchmark: cyclic garbage. Creates and drops about ten million objects,
# one million of them in reference cycles (a list and a list, or a list and a
# dict, pointing at each other), in five rounds; each round ends with
# gc.collect() when the gc module exists, so memory should return to the same
# level after every round. Usage: cycles.py [units_in_thousands]  (default 500;
# one unit makes 20 objects, 2 of them in a cycle)
import sys

try:
    import gc
except ImportError:
    gc = None


def unit(i):
    a = [i, None]
    if i % 2 == 0:
        b = [a, i]
    else:
        b = {"a": a, "i": i}
    a[1] = b  # a <-> b: two objects in a cycle
    s = 0.0
    for j in range(4):
        f = float(i + j) * 0.5  # two floats
        t = (f, j, a)  # one tuple
        s += t[0]  # one float
    d = {"i": i, "s": s}
    keep = [d, b]
    return keep[0]["s"]


def run_round(start, count):
    total = 0.0
    i = start
    end = start + count
    while i < end:
        total += unit(i)
        i += 1
    return total


def main(units):
    rounds = 5
    per_round = units // rounds
    checksum = 0
    for r in range(rounds):
        total = run_round(r * per_round, per_round)
        freed = gc.collect() if gc is not None else 0
        checksum += int(total * 2)
        print("round", r, "sum", int(total * 2), "collected", freed >= 0)
    print("objects", rounds * per_round * 20, "in cycles", rounds * per_round * 2)
    print("checksum", checksum)


main(int(sys.argv[1]) * 1000 if len(sys.argv) > 1 else 500000)
