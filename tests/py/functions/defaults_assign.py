# Assigning and deleting __defaults__ / __kwdefaults__ changes later calls,
# also for a call site already compiled by the JIT (a hot loop).
def f(a, b=1, *, c=2):
    return a, b, c


f.__defaults__ = (5,)
print(f(0), f.__defaults__)
f.__kwdefaults__ = {"c": 9}
print(f(0), f.__kwdefaults__)
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
for bad in (3, [1], "x"):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print(e)
try:
    f.__kwdefaults__ = (1,)
except TypeError as e:
    print(e)
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    f(0, 1)
except TypeError as e:
    print(e)
f.__defaults__ = (7, 8)
f.__kwdefaults__ = {"c": 3}
print(f(0), f())


def step(x, k=1):
    return x + k


total = 0
for i in range(3000):
    if i == 1500:
        step.__defaults__ = (100,)
    total += step(i)
print(total, step.__defaults__)


class Box:
    pass


def mk(v=Box):
    return v


for i in range(200):
    if i == 150:
        mk.__defaults__ = (int,)
    r = mk()
print(r)
