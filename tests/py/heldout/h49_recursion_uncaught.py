# Held-out: recursive algorithms (permutations, flood fill, JSON-like walk); ends with an uncaught RecursionError.
import sys


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def walk(obj, path=()):
    if isinstance(obj, dict):
        for k in sorted(obj):
            yield from walk(obj[k], path + (k,))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, path + (i,))
    else:
        yield path, obj


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(["".join(p) for p in permutations("abc")], len(permutations(list(range(5)))))
doc = {"name": "x", "tags": ["a", "b"], "meta": {"depth": 2, "ok": True, "list": [[1], [2, 3]]}}
for path, value in walk(doc):
    print("/".join(map(str, path)), "=", value)
print(len(hanoi(10)), hanoi(3))
print(ackermann(2, 3), ackermann(3, 3))
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(10**6)
except RecursionError as e:
    print("RecursionError caught:", e)


class Chain:
    def __init__(self, nxt=None):
        self.nxt = nxt

    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)


c = None
for _ in range(100):
    c = Chain(c)
print(c.length())
loop = Chain()
loop.nxt = loop
print(loop.length())
