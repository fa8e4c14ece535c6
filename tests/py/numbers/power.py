# Power: int ** int, negative exponents giving floats, negative bases, big results, float powers.
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 4, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(2 ** 64, 2 ** 100, 3 ** 50, (-7) ** 33)
print(2.0 ** 10, 2 ** 0.5, 9 ** 0.5, 1.5 ** 2, (-8.0) ** 3)
print(10.0 ** -2, 0.5 ** 10)
x = 1
for _ in range(70):
    x *= 3
print(x == 3 ** 70, x)
