# GC benchmark: minor pauses with a large old heap. Builds a long-lived
# structure of about 200 MB on pyvm (1.5 million entries of a 3-tuple holding
# two floats, in lists of 50), then runs a loop of short-lived floats and
# tuples that also stores fresh tuples into the old structure now and then.
# Run with PYVM_GC_STATS=1 and read minor_p99_ms: each minor collection should
# cost what the young objects cost, not what the old heap holds.
# Usage: old_heap_pause.py [entries_in_thousands [steps_in_thousands]]
#        (defaults 1500 and 3000)
import sys


def build_old(entries):
    rows = []
    row = []
    for i in range(entries):
        x = float(i)
        row.append((x, x + 0.25, i))
        if len(row) == 50:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


def churn(rows, steps):
    n_rows = len(rows)
    acc = 0.0
    pair = (0.0, 1.0)
    for i in range(steps):
        a, b = pair
        pair = (b, (a + b) * 0.5 + 1.0)
        acc += pair[1] * 1e-9
        if i % 64 == 0:
            row = rows[(i * 31) % n_rows]
            row[i % len(row)] = (pair[1], acc, i)
    return acc


def main(entries, steps):
    rows = build_old(entries)
    acc = churn(rows, steps)
    total = 0
    for row in rows:
        total += row[0][2] + row[-1][2]
    print("rows", len(rows), "entries", entries)
    print("acc", int(acc * 1000000))
    print("checksum", total)


main(int(sys.argv[1]) * 1000 if len(sys.argv) > 1 else 1500000,
     int(sys.argv[2]) * 1000 if len(sys.argv) > 2 else 3000000)
