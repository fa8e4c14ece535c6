# The positional-call fast path (vm/call.h) and its fallbacks: defaults,
# keywords, *args, keyword-only parameters, wrong counts, recursion limit.
import sys


def f0():
    return "f0"


def f2(a, b):
    return a - b


def fd(a, b=10, c=20):
    return (a, b, c)


def fk(a, *, k=3):
    return (a, k)


def fv(a, *rest):
    return (a, rest)


def fkw(a, **kw):
    return (a, sorted(kw.items()))


def closure():
    x = 1

    def inner(y, z=2):
        return x + y + z
    return inner


class C:
    def m(self, a, b=5):
        return a * b

    def __init__(self, v):
        self.v = v


print(f0(), f2(7, 3), f2(b=1, a=9))
print(fd(1), fd(1, 2), fd(1, 2, 3), fd(1, c=9))
print(fk(1), fk(1, k=4), fv(1), fv(1, 2, 3), fkw(1, z=2, y=3))
g = closure()
print(g(5), g(5, 6))
c = C(4)
print(c.m(3), c.m(3, 2), C.m(c, 2), c.v)
for bad in (lambda: f2(1), lambda: f2(1, 2, 3), lambda: fd(), lambda: fd(1, 2, 3, 4),
            lambda: f0(1), lambda: fk(1, 2), lambda: c.m(), lambda: fd(1, a=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
sys.setrecursionlimit(200)
try:
    deep(1000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(deep(300))


def gen(a, b=2):
    yield a
    yield b


print(list(gen(1)), list(gen(1, 3)))
pairs = [(1, 2), [3, 4], (5, 6)]
total = 0
for a, b in pairs:
    total += a * b
print(total)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1]
except ValueError as e:
    print("ValueError:", e)
a, b = "xy"
print(a, b)
