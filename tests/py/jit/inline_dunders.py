# Binary-operator and comparison dunders of user classes, inlined into traces:
# guards failing inside the dunder, types changing mid-loop, inplace forms,
# subclasses asked first, NotImplemented, exceptions raised in a dunder.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return self.x - o.x + (self.y - o.y)

    def __mul__(self, s):
        return self.x * s + self.y

    def __lt__(self, o):
        return self.x < o.x

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


def arith():
    a = Vec(1.5, 2.0)
    b = Vec(0.5, 1.0)
    t = 0.0
    n = 0
    for i in range(300):
        t += a - b
        t += a * 2.0
        if b < a:
            n += 1
        if a == b:
            n += 100
        if i == 150:
            a.x = 10  # an int now: the float guards inside the dunders fail
        if i == 250:
            b = Vec(10, 2.0)  # equal from here on
    print(t, n)


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, v):
        self.total += v
        return self


class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Plain(self.v + o)


def inplace():
    acc = Acc()
    p = Plain(0)
    for i in range(200):
        acc += i
        p += 1
    print(acc.total, p.v)


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __gt__(self, o):
        return self.v > o.v


class Sub(Base):
    def __gt__(self, o):
        return "sub-gt"


def subclass_first():
    items = [Base(i) for i in range(10)]
    out = []
    for i in range(200):
        other = Sub(5) if i % 50 == 49 else items[i % 10]
        out.append(items[3] < other)
    print(out.count(True), out.count(False), out.count("sub-gt"))


class Picky:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if not isinstance(o, Picky):
            return NotImplemented
        return self.v == o.v

    def __mul__(self, o):
        return self.v * o


def not_implemented():
    p = Picky(3)
    q = Picky(3)
    hits = 0
    for i in range(200):
        if p == q:
            hits += 1
        if p == 3:
            hits += 1000
        hits += p * 0
    print(hits)


class Method:
    def __init__(self, k):
        self.k = k

    def __sub__(self, o):
        return self.k - o


def method_changed():
    m = Method(10)
    t = 0
    for i in range(300):
        t += m - i
        if i == 200:
            Method.__sub__ = lambda self, o: o - self.k
    print(t)


class Fragile:
    def __init__(self, v):
        self.v = v

    def __truediv__(self, o):
        return self.v / o


def raising():
    f = Fragile(100)
    t = 0.0
    for i in range(300, -1, -1):
        try:
            t += f / i
        except ZeroDivisionError as e:
            print("caught", e, round(t, 6))


arith()
inplace()
subclass_first()
not_implemented()
method_changed()
raising()
v = Vec(1, 2)
w = v
for i in range(100):
    w = w + v
print(w)
