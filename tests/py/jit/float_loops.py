# Float loops: unboxed arithmetic, comparisons with NaN and infinities, pow,
# mixed int/float operands, and a division by zero raised inside a loop.
def mandel(limit, cr, ci):
    i = 0
    zr = zi = 0.0
    while i < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return i


def nan_compares(values):
    counts = [0, 0, 0, 0, 0, 0]
    for v in values:
        if v < 1.0:
            counts[0] += 1
        if v <= 1.0:
            counts[1] += 1
        if v > 1.0:
            counts[2] += 1
        if v >= 1.0:
            counts[3] += 1
        if v == 1.0:
            counts[4] += 1
        if v != 1.0:
            counts[5] += 1
    return counts


def powers(n):
    s = 0.0
    for i in range(1, n):
        x = i * 0.25
        s += x ** 0.5 + x ** -1.5 + 2.0 ** (i % 9)
    return s


def mixed(n):
    s = 0.5
    for i in range(n):
        s = s * 0.999 + i - (i % 3) * 1.5
    return s


def divide_until_zero(values):
    total = 0.0
    for v in values:
        total += 1.0 / v
    return total


print([mandel(100, x / 10.0, 0.3) for x in range(-20, 8)])
print(nan_compares([0.5, 1.0, 2.0, float("nan"), float("inf"), -float("inf")] * 20))
print(powers(200))
print(mixed(1000))
print(divide_until_zero([1.0, 2.0, 4.0] * 30))
try:
    print(divide_until_zero([1.0, 2.0, 4.0] * 30 + [0.0, 1.0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
x = -0.0
def negzero(n):
    s = -0.0
    for i in range(n):
        s = s * 1.0
    return s
print(negzero(100), -negzero(100))
