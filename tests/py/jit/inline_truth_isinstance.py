# Container truthiness (`while todo:`), list.pop(), isinstance with a constant class and
# ~x in traces: guards failing when the type or the answer changes mid-loop.


class Node:
    def __init__(self, v):
        self.v = v


class Leaf(Node):
    pass


class Other:
    pass


def drain(n):
    todo = list(range(n))
    total = 0
    while todo:
        k = todo.pop()
        total += k
        if k % 7 == 0 and k > 0:
            todo.append(k // 7)  # refills the list mid-loop
    return total, todo


def truthy_kinds():
    things = [[], [1], (), (2,), {}, {3: 4}, [5, 6]]
    count = 0
    for i in range(300):
        x = things[i % 7] if i < 250 else (i if i % 2 else 0.0)
        if x:
            count += 1
    print(count)


def kinds():
    objs = [Node(1), Leaf(2), Other(), 7, 2.5, True, "s"]
    counts = [0, 0, 0, 0, 0]
    for i in range(350):
        o = objs[i % 7] if i < 300 else objs[1]
        if isinstance(o, Node):
            counts[0] += 1
        if isinstance(o, Leaf):
            counts[1] += 1
        if isinstance(o, int):
            counts[2] += 1
        if isinstance(o, float):
            counts[3] += 1
        if isinstance(o, object):
            counts[4] += 1
    print(counts)


def rebind():
    global Node
    hits = 0
    n = Node(0)
    for i in range(200):
        if isinstance(n, Node):
            hits += 1
        if i == 120:
            Node = Other  # the global guard fails
    print(hits)


def invert():
    t = 0
    for i in range(-100, 200):
        t += ~i & 0xFF
        t ^= ~(t << 3)
    print(t)


print(drain(300))
truthy_kinds()
kinds()
rebind()
invert()
