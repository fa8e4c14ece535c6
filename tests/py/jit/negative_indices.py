# Negative indices in compiled loops: constant ones (r[-1]) and variable
# ones whose sign changes in the middle of the loop (the trace guards the
# sign it recorded), on lists and tuples, read and stored, in range and out
# of range (IndexError, caught and uncaught).


def last_two(rows):
    t = 0
    for r in rows:
        t += r[-1] - r[-2]
        r[-1] = t % 1000
    return t


def around(xs, k):
    s = 0
    for i in range(len(xs)):
        s += xs[i - k] * (i + 1)
    return s


def shrinking(rows):
    out = []
    for r in rows:
        try:
            out.append(r[-3])
        except IndexError as e:
            out.append(str(e))
    return out


def rotate(xs, steps):
    for _ in range(steps):
        first = xs[-len(xs)]
        for i in range(len(xs) - 1):
            xs[i] = xs[i + 1]
        xs[-1] = first
    return xs


def main():
    rows = [[i, i * 2, i * 3] for i in range(200)]
    print(last_two(rows), rows[-1], rows[100])
    print(around(list(range(60)), 7), around(tuple(range(60)), 25))
    print(around([float(x) for x in range(40)], 39))
    mixed = [[1, 2, 3, 4], (5, 6, 7), [8, 9], (10,), [], [11, 12, 13]] * 30
    print(shrinking(mixed)[:12])
    print(rotate(list(range(9)), 23))
    print(around(tuple(range(30)), -1))


main()
