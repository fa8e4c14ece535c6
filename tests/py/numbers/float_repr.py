# repr/str of many floats: shortest round-trip digits, exponent switch points, -0.0, inf, nan.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 10 / 3, 3.14159, 2.5e-5, 1e-4, 1e-5,
          1e15, 1e16, 1e17, 123456789.0, 1234567890123456.0, 12345678901234567.0, 1e22, 1e23,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.000123, 100.0, 1e100,
          9.999999999999999e15, 0.1 + 0.2, 1.1 * 1.1, 2 ** 0.5, 1e300 * 1e10, -1e300 * 1e10]
for v in values:
    print(repr(v), str(v))
print(values[-1] - values[-1] == values[-1] - values[-1])
print(float("nan"), float("inf"), float("-inf"), float("1e5"), float("  2.5  "), float("-0"))
x = 1.0
for i in range(30):
    x = x * 7 / 3
    print(x)
