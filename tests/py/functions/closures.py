# Closures: nested functions reading and writing outer variables with nonlocal.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    return increment


c1 = make_counter()
c2 = make_counter(100, step=10)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())


def make_adders():
    adders = []
    for i in range(4):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders


print([f(10) for f in make_adders()])


def late_binding():
    fs = []
    for i in range(3):
        def get():
            return i
        fs.append(get)
    return [f() for f in fs]


print(late_binding())


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner()

    r = middle()
    return r, x


print(outer())


def accumulator():
    total = 0
    items = []

    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total

    def report():
        return total, len(items)

    return add, report


add, report = accumulator()
add(5)
add(7)
print(report())
print(add(-2), report())


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


double_then_inc = compose(lambda v: v + 1, lambda v: v * 2)
print(double_then_inc(20))
