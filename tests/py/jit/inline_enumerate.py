# for i, x in enumerate(...) over lists and ranges in traces: no pair tuple is
# built; the list changing mid-loop, a start index, big indices, nesting in a
# callee, and a loop that keeps the pair whole.


def safe(cols, c):
    r = len(cols)
    for pr, pc in enumerate(cols):
        if pc == c or abs(pc - c) == r - pr:
            return False
    return True


def queens(n):
    count = 0
    cols = []
    for k in range(n * n * 20):
        c = k % n
        if safe(cols, c):
            cols.append(c)
        if len(cols) >= n - 1 or k % 7 == 0:
            cols = []
        count += len(cols)
    return count


def weights():
    xs = [float(i) / 3 for i in range(300)]
    t = 0.0
    for i, x in enumerate(xs):
        t += i * x
        if i == 150:
            xs.append(1.0)  # grows mid-loop
            xs[200] = 7  # an int item now
    return t


def ranged():
    t = 0
    for i, v in enumerate(range(10, 400, 3), 5):
        t += i * v
    for i, v in enumerate(range(300), 2**62 - 150):
        t ^= i + v  # the index becomes a big int mid-loop
    return t


def pairs():
    out = []
    for p in enumerate([3, 1, 4, 1, 5] * 40):
        out.append(p)
    return out[-1], len(out)


print(queens(8))
print(weights())
print(ranged())
print(pairs())
