# Recursive algorithms (permutations, N-queens, tree walks) and a final
# RecursionError escaping from mutual recursion.
import sys


def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [x] + rest


def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in cols or row - c in diag1 or row + c in diag2:
            continue
        yield from queens(n, row + 1, cols + (c,), diag1 + (row - c,), diag2 + (row + c,))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def walk(self, level=0):
        yield level, self.value
        for c in self.children:
            yield from c.walk(level + 1)

    def __repr__(self):
        if not self.children:
            return repr(self.value)
        return f"{self.value!r}{self.children!r}"


print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(6)))))
sols = list(queens(6))
print(len(sols), sols[0], len(list(queens(8))))
t = Tree("root", Tree("a", Tree("a1"), Tree("a2", Tree("deep"))), Tree("b"))
print(t, t.depth())
for level, v in t.walk():
    print("  " * level + str(v))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 3))
old = sys.getrecursionlimit()
print(old >= 1000)


def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n


reached = depth_probe(0)
print(reached > 500, reached < old)


class Chain:
    def __init__(self, nxt=None):
        self.nxt = nxt

    def __repr__(self):
        return f"Chain({self.nxt!r})"


c = Chain()
c.nxt = c
try:
    repr(c)
except RecursionError as e:
    print("RecursionError caught:", str(e)[:40])
lst = [1]
lst.append(lst)
d = {"k": 1}
d["self"] = d
print(lst, d)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(7))
print(is_even(10**6))
