# Float arithmetic: mixed int/float, rounding behaviour, division, special values via overflow.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 1e16 + 1, 2.5 - 0.5)
print(3 * 1.5, 7 / 2.0, 1 / 3.0, -1 / 3, 2.0 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
x = 0.0
for i in range(10):
    x += 0.1
print(x, abs(x - 1.0) < 1e-9)
print(int(3.99), int(-3.99), float(7), float(-0.0), -0.0 == 0.0)
print(1.0 == 1, 2.5 > 2, 1e100 > 10 ** 99, 0.5 < 1)
acc = 1.0
for i in range(1, 25):
    acc = acc * 1.5 - 0.25 * i
print(acc)
print(abs(-2.75), max(1.5, 2), min(-0.5, 0), sum([0.5, 0.25, 0.125]))
