# Truth tests of objects in traces (`not flag` of a bool attribute, `not x`
# of None and containers, `if node:` of an instance) and short loops in
# inlined callees (unrolled: `for v in self.items`, `for i in range(n)`),
# with the guards failing: a type changing mid-loop, a class gaining
# __bool__ or __len__, trip counts changing, exceptions inside the unrolled
# loop, a list growing while it is iterated.


class Node:
    def __init__(self, held, queue):
        self.held = held
        self.queue = queue

    def runnable(self):
        return not self.held and (self.queue is not None or not self.held)


def count_runnable(nodes):
    n = 0
    for x in nodes:
        if x.runnable():
            n += 1
    return n


nodes = [Node(i % 3 == 0, None if i % 2 else i) for i in range(200)]
print(count_runnable(nodes))
nodes[150].held = 0  # an int where a bool was
nodes[160].held = []
print(count_runnable(nodes))


def truthy(values):
    out = []
    for v in values:
        out.append(1 if not v else 2)
        if v:
            out.append(3)
    return out


class Thing:
    pass


vals = [Thing()] * 80 + [None] * 5 + [[], [1], (), (2,), "", "a", {}, {1: 2}, True, False, 0, 3]
print(truthy(vals))


def gains_bool(n):
    t = Thing()
    out = 0
    for i in range(n):
        if i == n // 2:
            Thing.__bool__ = lambda self: False
        if t:
            out += 1
        if not t:
            out += 100
    return out


print(gains_bool(200))
del Thing.__bool__


def gains_len(n):
    t = Thing()
    out = 0
    for i in range(n):
        if i == n // 2:
            Thing.__len__ = lambda self: 0
        if t:
            out += 1
    return out


print(gains_len(200))
del Thing.__len__


class Bag:
    def __init__(self, items):
        self.items = items

    def total(self):
        s = 0
        for v in self.items:
            s += v
        return s

    def weighted(self, n):
        s = 0
        for i in range(n):
            s += i * len(self.items)
        return s


def bag_loop(bags):
    t = 0
    for b in bags:
        t += b.total() + b.weighted(3)
    return t


bags = [Bag([1, 2]) for _ in range(100)] + [Bag([1, 2, 3])] * 10 + [Bag([])] * 5
bags += [Bag([5] * 9)] * 3 + [Bag([1, 2]) for _ in range(50)]
print(bag_loop(bags))
bags[120].items = [1, "x"]
try:
    print(bag_loop(bags))
except TypeError as e:
    print("TypeError", e)
bags[120].items = [1.5, 2.5]
print(bag_loop(bags))


class Grower:
    def __init__(self):
        self.items = [1]

    def grow(self):
        n = 0
        for v in self.items:
            n += v
            if len(self.items) < 3:
                self.items.append(v + 1)
        return n


def grow_loop(n):
    t = 0
    for i in range(n):
        t += Grower().grow()
    return t


print(grow_loop(100))


def ranges(n):
    t = 0
    for i in range(n):
        t += Bag([]).weighted(i % 4)
    return t


print(ranges(200))
