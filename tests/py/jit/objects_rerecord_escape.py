# Loops whose first trace follows a branch that later turns rare (the JIT
# records the loop again), and objects built in traces that escape at the
# trace's end: returned from recursive functions, kept from side traces,
# reached again after exits.


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def rare_later(n):
    # The branch is taken for the first items, then rarely.
    seen = {}
    out = []
    hits = 0
    for i in range(n):
        k = i if i < 300 else i % 97
        if k not in seen:
            seen[k] = i
            out.append(k)
        else:
            hits += 1
    return len(out), hits, sum(out)


def flip_types(n):
    total = 0
    acc = []
    for i in range(n):
        v = i if i < 5000 else (float(i) if i % 7 else str(i))
        if isinstance(v, int):
            total += v
        elif isinstance(v, float):
            total += int(v) * 2
        else:
            acc.append(v)
    return total, len(acc), acc[:3]


def keep_last(n):
    last = None
    objs = []
    for i in range(n):
        p = Node(i, i * 0.5)
        if i % 1000 == 999:
            objs.append(p)
        last = p
    return last.left, last.right, [(o.left, o.right) for o in objs[:3]], len(objs)


def slotted(n):
    s = 0
    for i in range(n):
        o = Slotted(i, -i)
        s += o.a - o.b
    return s


def main():
    print(check(make_tree(10)))
    total = 0
    for _ in range(40):
        total += check(make_tree(4))
    print(total)
    t = make_tree(3)
    print(t.left.left.left.left, t.right.right.left.right)
    print(rare_later(20000))
    print(rare_later(500))
    print(flip_types(20000))
    print(keep_last(5000))
    print(slotted(3000))


main()


class Bag:
    pass


def add_to_old(n):
    # Attributes added (SLOT_ADD) to instances that a collection made old,
    # with young values, then allocation churn before they are read back.
    import gc

    bags = [Bag() for _ in range(n)]
    for b in bags:
        b.first = 0
    gc.collect()
    for i, b in enumerate(bags):
        b.second = [i, float(i)]
        b.third = (i, str(i))
        b.fourth = i * 0.5
        b.fifth = Bag()
    junk = [[j] * 3 for j in range(20000)]
    gc.collect()
    total = 0.0
    for b in bags:
        total += b.second[1] + b.third[0] + b.fourth + len(vars(b.fifth))
    return total, len(junk), bags[7].third, sorted(vars(bags[3]))


print(add_to_old(3000))
