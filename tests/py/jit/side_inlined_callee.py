# Side traces that start at guards failing inside inlined callees: several
# depths, sunk objects live at the exit, __init__ and dunder frames, closures,
# exceptions raised in callees and caught outside, generators, recursion.
import traceback


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        if x > 1000:
            self.big = True

    def __add__(self, o):
        if o.x < 0:
            return Vec(self.x, self.y)
        return Vec(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y


def leaf(a, b):
    if a % 3 == 0:
        return b
    if a % 5 == 0:
        return b * 2.5
    return a + b


def middle(a, b):
    r = leaf(a, b)
    if a % 7 == 0:
        return r + leaf(b, a)
    return r


def outer(a, b):
    x = middle(a, b)
    if x > 100:
        return x - middle(b, a)
    return x


def depths(n):
    total = 0
    ftotal = 0.0
    for i in range(n):
        r = outer(i, i % 13)
        if type(r) is float:
            ftotal += r
        else:
            total += r
    return total, round(ftotal, 3)


def hit(center, origin, k):
    oc = origin + center
    b = oc.dot(origin)
    if b < k:
        return -1.0
    c = oc.dot(oc)
    if c > 4 * k:
        return c - b
    return b


def sunk(n):
    acc = 0.0
    for i in range(n):
        origin = Vec(i % 9 - 4, i % 5)
        acc += hit(Vec(i % 4, -1 if i % 6 == 0 else 1), origin, 10)
    return acc


def make_inits(n):
    s = 0
    for i in range(n):
        v = Vec(i * 50, i)
        s += v.x + (1 if hasattr(v, "big") else 0)
    return s


def dunders(n):
    s = Vec(0, 0)
    for i in range(n):
        s = s + Vec(-1 if i % 4 == 0 else i, 1)
    return s.x, s.y


def closures(n):
    def make(k):
        def f(x):
            if x % k == 0:
                return x * k
            return x
        return f

    fs = [make(2), make(3)]
    t = 0
    for i in range(n):
        t += fs[i % 2](i)
    return t


class Bad(ValueError):
    pass


def check(i):
    if i % 9 == 0:
        raise Bad("bad %d" % i)
    if i % 4 == 0:
        return -i
    return i


def wrap(i):
    return check(i) + 1


def raising(n):
    ok = 0
    bad = 0
    for i in range(n):
        try:
            ok += wrap(i)
        except Bad as e:
            bad += 1
            if bad == 3:
                traceback.print_exc()
                print(type(e).__name__, e, e.__context__, e.__traceback__.tb_lineno)
    return ok, bad


def gen(k):
    for j in range(k):
        if j % 3 == 0:
            yield j * 1.5
        else:
            yield j


def through_gen(i):
    s = 0
    for v in gen(i % 5):
        s += v
    return s


def generators(n):
    t = 0
    for i in range(n):
        t += through_gen(i)
    return t


def fact(k):
    if k <= 1:
        return 1 if k >= 0 else 1.0
    return k * fact(k - 1)


def recursion(n):
    t = 0
    for i in range(n):
        t += fact(i % 6 - 1)
    return t


def changing(n):
    # After side traces exist, the callee starts seeing other types.
    out = []
    for phase in (1, "s", 2.5, None):
        acc = []
        for i in range(n):
            acc.append(poly(phase, i))
        out.append(acc[-1])
    return out


def poly(v, i):
    if i % 2 == 0:
        return pick(v, i)
    return i


def pick(v, i):
    if v is None:
        return i
    return v * 2


print(depths(3000))
print(sunk(3000))
print(make_inits(2000))
print(dunders(3000))
print(closures(3000))
print(raising(600))
print(generators(2000))
print(recursion(2000))
print(changing(800))
