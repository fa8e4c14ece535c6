# Guards failing in the middle of compiled loops: a type that changes, a
# global rebound, an attribute whose shape changes, an index out of range
# (with its traceback), iterating a list that grows.
def changes_type(values):
    t = 0
    for v in values:
        t = t + v
    return t


print(changes_type([1] * 100 + [0.5] + [2] * 10))
print(changes_type([1.5] * 100 + [2] + [10**30]))

K = 3


def uses_global(n):
    s = 0
    for i in range(n):
        s += K
        if i == 50:
            rebind()
    return s


def rebind():
    global K
    K = 100


print(uses_global(100))


class P:
    def __init__(self, x):
        self.x = x


def sum_x(points):
    s = 0
    for p in points:
        s += p.x
    return s


ps = [P(i) for i in range(100)]
ps[70].y = 5
ps[80].x = 2.5
print(sum_x(ps))


def index_past_end(xs, n):
    s = 0
    i = 0
    while i < n:
        s += xs[i]
        i += 1
    return s


print(index_past_end(list(range(100)), 100))
try:
    index_past_end(list(range(100)), 150)
except IndexError as e:
    print("IndexError", e)


def growing(xs):
    n = 0
    for x in xs:
        if x < 50 and len(xs) < 200:
            pass
        n += 1
        if n == 60:
            xs.append(-1)
    return n


print(growing(list(range(100))))


def store_items(n):
    xs = [0] * n
    for i in range(n):
        xs[i] = i * 0.5 if i % 2 else i
    for i in range(n):
        xs[i] = xs[i] + 1
    return xs[:5], xs[-3:]


print(store_items(200))


class V:
    def __init__(self):
        self.n = 0
        self.total = 0.0


def bump(objs, rounds):
    for _ in range(rounds):
        for o in objs:
            pass
    v = objs[0]
    for i in range(rounds):
        v.n = v.n + 1
        v.total = v.total + i * 0.5
        if i == rounds // 2:
            v.extra = "x"  # changes the shape mid-loop
    return v.n, v.total


print(bump([V(), V()], 200))
