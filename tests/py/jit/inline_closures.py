# Closures inlined into compiled loops: free variables read through cells,
# nonlocal stores, several closures of one code called through a variable
# (guarded by their code; the function value rides in the snapshot), a
# guard failing inside a closure, and a cell rebound mid-loop.


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def make_adder(k):
    def add(x):
        return x + k

    return add


def compose(f, g):
    return lambda x: f(g(x))


def run(n):
    counters = [make_counter(s) for s in range(1, 6)]
    pipeline = compose(make_adder(3), compose(lambda x: x * 2, make_adder(-1)))
    total = 0
    for i in range(n):
        c = counters[i % 5]
        total += c() + pipeline(i)
    return total, [c() for c in counters]


print(run(500))


def scale_maker(f):
    def scale(x):
        if x > 300:
            return x * f + 0.5
        return x * f

    return scale


def floats(n):
    fs = [scale_maker(1.5), scale_maker(2), scale_maker(-1)]
    t = 0.0
    for i in range(n):
        t += fs[i % 3](i)
    return t


print(floats(600))


def rebinding():
    k = 1

    def get(x):
        return x + k

    t = 0
    for i in range(200):
        t += get(i)
        if i == 120:
            k = 1000
    return t


print(rebinding())


def raising_maker(limit):
    def check(x):
        if x >= limit:
            raise IndexError("limit " + str(x))
        return x

    return check


def raises(n):
    check = raising_maker(150)
    t = 0
    try:
        for i in range(n):
            t += check(i)
    except IndexError as e:
        print("IndexError", t, e)


raises(200)
