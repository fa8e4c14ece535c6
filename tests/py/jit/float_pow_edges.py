# Float ** in compiled loops: the operands on which the trace calls libm's pow
# and those that leave it (zero, negative bases, infinities, NaN, overflow,
# underflow), with constant and variable exponents; every result must be
# CPython's to the last bit.
import math


def run(bases, exps):
    out = []
    for x in bases:
        for y in exps:
            try:
                r = x ** y
            except (OverflowError, ZeroDivisionError, ValueError) as e:
                r = type(e).__name__
            out.append(r.hex() if isinstance(r, float) else repr(r))
    return out


def constant_exponents(values):
    out = []
    for v in values:
        try:
            out.append(((v ** 0.5).hex(), (v ** -1.5).hex(), (v ** 2.0).hex(), (v ** 3).hex()))
        except (OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__)
    return out


def hot_sqrt(n):
    acc = 0.0
    x = 1.0
    for i in range(n):
        x = x * 1.0001 + 0.37
        acc += x ** 0.5 + (x * 3.0) ** -1.5
    return acc.hex()


bases = [2.0, 0.5, 1.0, 0.0, -0.0, -2.0, 1e300, 1e-300, math.inf, -math.inf, math.nan, 7.25]
exps = [0.5, -1.5, 2.0, 0.0, 3.0, -2.0, 1000.0, 1e-300, math.inf, -math.inf, math.nan, 0.25]
print(run(bases, exps))
vals = [float(i) * 0.75 + 1e-3 for i in range(40)]
vals += [0.0, -1.0, 1e200, 5e-324, math.inf, math.nan, 1e-200]
print(constant_exponents(vals))
print(hot_sqrt(3000))
for k in range(60):
    v = 1.0 + k / 7.0
    w = v ** (k % 5 - 2.5)
    if k % 10 == 0:
        print(k, w.hex())
