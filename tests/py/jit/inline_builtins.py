# Builtins the JIT compiles to native ops inside loops: len, abs, min/max of
# two ints or two floats, int() and float() of numbers, math.sqrt; their edge
# cases (NaN, -0.0, infinities, int64 overflow, errors raised mid-loop) and a
# builtin shadowed by a global mid-loop.
import math


def mixed(n):
    xs = [1, -2, 3]
    tu = (4, 5)
    t = 0.0
    k = 0
    for i in range(n):
        x = i * 0.37 - 20.0
        t += min(1.0, x) + max(0.0, x) + abs(x) + float(i) + int(x) + float(x)
        t += math.sqrt(abs(x)) + math.sqrt(i)
        k += len(xs) + len(tu) + min(i, 7) + max(i, 40) + abs(i - 50) + int(i)
        if i == 150:
            xs.append(9)
    return t, k


print(mixed(300))

SPECIAL = [0.5, float("nan"), -0.0, 0.0, 2.0, float("inf"), -float("inf"), -3.5]


def min_max_special(n):
    out = []
    for i in range(n):
        a = SPECIAL[i % 8]
        b = SPECIAL[(i // 8) % 8]
        lo = min(a, b)
        hi = max(a, b)
        out.append((repr(lo), repr(hi), repr(abs(a)), math.copysign(1.0, min(a, b))))
    return out


for row in min_max_special(64):
    print(row)


def mixed_types(n):
    out = []
    for i in range(n):
        a = i if i % 3 else float(i)
        out.append(repr(min(a, 5)) + repr(max(2.5, a)))
    return out


print(mixed_types(80))


def big_abs(n):
    t = 0
    v = -(2**62)
    for i in range(n):
        t += abs(v) + abs(v - 2**62 + i)
    return t


print(big_abs(100))


def int_of_float(n):
    t = 0
    for i in range(n):
        t += int(1e17 * i)
    return t


print(int_of_float(300))


def int_of_inf(n):
    t = 0
    vals = [1.5] * 100 + [float("inf")]
    try:
        for v in vals[:n]:
            t += int(v)
    except OverflowError as e:
        print("OverflowError", t, e)


int_of_inf(101)


def sqrt_negative(n):
    t = 0.0
    try:
        for i in range(n):
            t += math.sqrt(100 - i)
    except ValueError as e:
        print("ValueError", round(t, 6), e)
    return t


sqrt_negative(150)


def shadowed(n):
    global len
    t = 0
    for i in range(n):
        t += len([i, i])
        if i == 90:
            len = lambda x: 100
    return t


print(shadowed(150))
del len


class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


def appends(n):
    out = []
    other = MyList()
    for i in range(n):
        out.append(i)
        out.append(i * 0.5)
        target = out if i < 120 else other
        target.append(i)
    return len(out), sum(out), other[:5], len(other)


print(appends(200))
