# Class instantiation in traces: C(args) of plain user classes allocates the
# instance in the trace and inlines __init__; exits inside __init__ (types
# changing, stressed guards) must hand the instance, not None, to the caller.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


def vectors():
    acc = Vec(0.0, 0)
    for i in range(300):
        # The argument's type changes at i == 150: guards in __init__ fail.
        x = i * 0.5 if i < 150 else i
        acc = acc + Vec(x, i).scaled(2)
    print("vectors", acc.x, acc.y, type(acc).__name__)


class Empty:
    pass


def empties():
    seen = []
    for i in range(200):
        e = Empty()
        if i % 50 == 0:
            seen.append(e)
    print("empties", len(seen), len(set(id(e) for e in seen)), type(seen[0]).__name__)
    try:
        for i in range(200):
            e = Empty() if i < 120 else Empty(i)
    except TypeError as exc:
        print("empties error", i, exc)


class Base:
    def __init__(self, a, b=10):
        self.a = a
        self.b = b


class Derived(Base):
    pass


def inherited():
    total = 0
    for i in range(250):
        d = Derived(i) if i % 3 else Derived(i, i)
        total += d.a + d.b
    print("inherited", total)


class Checked:
    def __init__(self, n):
        self.n = n
        if n == 170:
            return n


def bad_return():
    try:
        for i in range(300):
            c = Checked(i)
    except TypeError as exc:
        print("bad_return", i, exc)


class Raises:
    def __init__(self, n):
        self.n = 100 // (n - 190)


def raising():
    out = 0
    try:
        for i in range(300):
            out += Raises(i).n
    except ZeroDivisionError as exc:
        print("raising", i, out, exc)


class Replaced:
    def __init__(self, n):
        self.n = n


def other_init(self, n):
    self.n = -n


def replaced():
    total = 0
    for i in range(300):
        if i == 160:
            Replaced.__init__ = other_init
        total += Replaced(i).n
    print("replaced", total)


class Wide:
    def __init__(self, i):
        self.a = i
        self.b = i + 1
        self.c = i + 2
        self.d = i + 3
        self.e = i + 4
        self.f = i + 5
        self.g = i + 6
        self.h = i + 7
        self.k = i + 8
        self.m = i + 9
        self.n = i + 10


def wide():
    total = 0
    for i in range(200):
        w = Wide(i)
        total += w.a + w.n + w.h
    print("wide", total, sorted(vars(w)))


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self, p, q):
        self.p = p
        self.q = q


class WithNew:
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.tag = "new"
        return obj

    def __init__(self, n):
        self.n = n


deleted = []


class WithDel:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        deleted.append(self.n)


def special_classes():
    total = 0
    for i in range(200):
        s = Slotted(i, -i)
        w = WithNew(i)
        total += s.p + s.q + w.n + len(w.tag)
    for i in range(100):
        WithDel(i)
    print("special", total, len(deleted) <= 100)


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def count(node):
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


def trees():
    total = 0
    for i in range(80):
        total += count(make(i % 5))
    print("trees", total)


def identity():
    keep = []
    for i in range(200):
        a = Vec(i, i)
        b = a
        keep.append(b)
        if a is not b:
            print("identity broken")
    print("identity", len(keep), len(set(map(id, keep))), keep[-1].x)


vectors()
empties()
inherited()
bad_return()
raising()
replaced()
wide()
special_classes()
trees()
identity()
