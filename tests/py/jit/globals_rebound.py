# Globals read by compiled code while the program rebinds, adds and deletes
# globals around it: a module-level loop rebinding its counters (the traces
# of the functions it calls must not depend on those values), a function
# global rebound mid-loop, a builtin shadowed by a new global and then
# unshadowed, and a global deleted while a trace reads it.
import math

SCALE = 3


def f(x):
    return math.sqrt(x) + abs(x - SCALE)


def g(x):
    return x * 2


def use_g(n):
    s = 0
    for i in range(n):
        s += g(i)
    return s


total = 0.0
for i in range(3000):
    total += f(i)
    if i == 1500:
        SCALE = 7
print(total)

acc = 0
for i in range(2000):
    acc += use_g(5)
    if i == 700:
        def g(x):
            return x * 3
print(acc)


def uses_abs(n):
    s = 0
    for i in range(n):
        s += abs(i - 50)
    return s


results = []
for round_ in range(6):
    if round_ == 2:
        def abs(x):
            return 1000
    if round_ == 4:
        del abs
    results.append(uses_abs(200))
print(results)

counter = 0


def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter


for k in range(50):
    bump(40)
    globals()["extra%d" % k] = k
print(counter, extra49)

LIMIT = 10


def limited(n):
    out = 0
    for i in range(n):
        out += LIMIT
    return out


vals = []
for step in range(8):
    vals.append(limited(300))
    LIMIT += 1
    if step == 5:
        del LIMIT
        try:
            limited(300)
        except NameError as e:
            vals.append(str(e))
        LIMIT = 100
print(vals)
