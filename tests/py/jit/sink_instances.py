# Allocation sinking: instances created in a trace and consumed there are
# never allocated; exits while such an object is live (a branch flipping, a
# type changing inside a method, an int overflowing) materialise it with the
# right field values, once, so that two references keep one identity.


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


def distances(n):
    origin = Vec(0.5, 0.25, 0.125)
    total = 0.0
    for i in range(n):
        p = Vec(i * 1.0, i * 2.0, 3.0)
        d = p - origin
        alias = d
        total += d.dot(d)
        if i == 170:
            # The branch guard fails here: d (sunk) is materialised once.
            print("exit", d.x, d.y, d.z, alias is d, type(d).__name__, sorted(vars(d)))
    print("distances", total)


def type_change(n):
    total = 0.0
    for i in range(n):
        a = Vec(i * 0.5, 1.0, 2.0) if i < 200 else Vec(i, 1, 2)
        b = a + a
        total += b.dot(a)
    print("type_change", total)


class Pair:
    def __init__(self, first, second, flag):
        self.first = first
        self.second = second
        self.flag = flag
        self.none = None


def mixed_fields(n):
    out = 0
    big = 2**62
    for i in range(n):
        p = Pair(i, i * 0.5, i % 2 == 0)
        q = p
        # Overflows into a big int at i == 130: the guard exits with p live.
        s = p.first * (big // 64)
        if p.flag and q is p:
            out += p.first
        if s > big:
            out += 1
    print("mixed", out, p.first, p.second, p.flag, p.none)


def escaping(n):
    keep = []
    for i in range(n):
        v = Vec(i, i + 1, i + 2)
        w = v + v
        if i % 40 == 0:
            keep.append(w)
    print("escaping", [(k.x, k.y, k.z) for k in keep])


class Counter:
    def __init__(self, start):
        self.value = start

    def bumped(self, k):
        return Counter(self.value + k)


def chained(n):
    total = 0
    for i in range(n):
        c = Counter(i).bumped(1).bumped(2)
        total += c.value
        if total > 10**18:
            print("unreachable")
    print("chained", total)


distances(300)
type_change(300)
mixed_fields(300)
escaping(300)
chained(300)
