# Recursive tree utilities; recursion through builtins (repr, map, sorted, sum); ends with RecursionError.
import sys


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Node({self.value!r})"
        return f"Node({self.value!r}, {', '.join(map(repr, self.children))})"

    def depth(self):
        return 1 + max(map(Node.depth, self.children), default=0)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def flatten(self):
        yield self.value
        for c in sorted(self.children, key=lambda n: n.value):
            yield from c.flatten()

    def __eq__(self, other):
        return isinstance(other, Node) and self.value == other.value and self.children == other.children

    __hash__ = None


def build(depth, fan=2, start=1):
    if depth == 0:
        return Node(start)
    return Node(start, *(build(depth - 1, fan, start * 10 + i) for i in range(fan)))


t = build(3)
print(t)
print(t.depth(), t.total(), list(t.flatten())[:8])
print(t == build(3), t == build(3, 3), t != Node(1))


def chain(n):
    node = Node(0)
    for i in range(1, n):
        node = Node(i, node)
    return node


deep = chain(300)
print(deep.depth(), deep.total(), sum(1 for _ in deep.flatten()))
try:
    chain(5000).depth()
except RecursionError as e:
    print("RecursionError in depth():", e)
try:
    repr(chain(5000))
except RecursionError as e:
    print("RecursionError in repr:", e)
try:
    chain(3000) == chain(3000)
except RecursionError as e:
    print("RecursionError in ==:", e)

nested = []
cur = nested
for _ in range(50):
    cur.append([])
    cur = cur[0]
print(str(nested)[:30], len(str(nested)))
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(loop, d)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
print(sys.getrecursionlimit())


def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)


def mutual_b(n):
    return mutual_a(n)


print(mutual_a(400))
sys.setrecursionlimit(200)
try:
    mutual_a(400)
except RecursionError as e:
    print("limited:", e)
sys.setrecursionlimit(1000)


class Config:
    def __init__(self, data):
        self.data = data

    def __getattr__(self, name):
        if name in self.data:
            return self.data[name]
        return getattr(self, "default_" + name)


cfg = Config({"host": "localhost", "default_port": 80})
print(cfg.host)
print(cfg.port)
print(cfg.timeout)
