# Instance attributes read back after a store into an existing slot (the
# trace keeps the shape and slots pointer it loaded, and knows the stored
# value): aliased instances, two instances of one class, a store followed by
# an attribute-adding store, and values that reach type guards as ints, None
# or objects; compare results used after their branch.


class Counter:
    def __init__(self, start):
        self.count = start
        self.step = 1


def read_back(n):
    c = Counter(0)
    total = 0
    for i in range(n):
        c.count = c.count + c.step
        total += c.count
        c.step = i % 3
        total += c.step * c.count
    return total, c.count, c.step


def aliased(n):
    a = Counter(5)
    b = a
    other = Counter(100)
    out = []
    for i in range(n):
        a.count = i
        x = b.count
        other.count = x + 1
        y = a.count
        b.count = y * 2
        out.append((x, y, a.count, other.count))
    return out[-3:], a is b


def then_add(n):
    total = 0
    for i in range(n):
        c = Counter(i)
        c.count = c.count + 1
        c.extra = c.count * 2
        c.count = c.extra + 1
        total += c.count + c.extra
    return total


class Box:
    def __init__(self, v):
        self.v = v


def mixed_types(n):
    boxes = [Box(1), Box(None), Box(Box(3)), Box(0), Box("s")]
    seen = []
    for i in range(n):
        b = boxes[i % 5]
        v = b.v
        if isinstance(v, Box):
            seen.append(v.v)
        elif v is None:
            seen.append(-1)
        elif type(v) is int:
            seen.append(v + 10)
        else:
            seen.append(len(v))
        b.v = v
    return seen[-10:], sum(x for x in seen)


def flags_kept(n):
    hits = 0
    last = None
    for i in range(n):
        small = i % 7 < 3
        if small:
            hits += 1
        last = small
        hits += small
    return hits, last


for n in (10, 200):
    print(read_back(n))
    print(aliased(n))
    print(then_add(n))
    print(mixed_types(n))
    print(flags_kept(n))
