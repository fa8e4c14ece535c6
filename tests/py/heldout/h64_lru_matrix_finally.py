# Held-out: an LRU cache class, matrix determinant with Fractions; ends with an uncaught error raised in finally.
from collections import OrderedDict
from fractions import Fraction


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            print(f"  evict {evicted!r}")
        return value

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"


cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1]:
    cache.get(k, lambda n: n ** 3)
print(cache)


def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m)
    sign = 1
    result = Fraction(1)
    for c in range(n):
        pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            sign = -sign
        result *= m[c][c]
        for r in range(c + 1, n):
            factor = m[r][c] / m[c][c]
            m[r] = [a - factor * b for a, b in zip(m[r], m[c])]
    return sign * result


def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if aug[p][c] == 0:
            raise ZeroDivisionError("matrix is singular")
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(det(A), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]), det([[3]]))
inv = inverse(A)
for row in inv:
    print(" ".join(f"{str(x):>5}" for x in row))
print([[sum(a * b for a, b in zip(r, c)) for c in zip(*inv)] for r in A])
hilbert = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(hilbert), 1 / det(hilbert))


def save(state):
    log = []
    try:
        log.append("begin")
        if state.get("dirty"):
            inverse([[1, 2], [2, 4]])
        log.append("written")
    finally:
        log.append("closing")
        print("log:", log)
        if "written" not in log:
            raise OSError("could not close journal")
    return log


print(save({"dirty": False}))
try:
    save({"dirty": True})
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))
save({"dirty": True})
