# Module-level code: assignments, rebinding, multiple targets, augmented assignment.
x = 1
y = x + 2
x = y * 10
print(x, y)
a = b = c = 7
print(a, b, c)
a += 5
b -= 2
c *= 3
print(a, b, c)
p, q = 10, 20
p, q = q, p
print(p, q)
first, second, third = [1, 2, 3]
print(first + second + third)
(m, n), o = (4, 5), 6
print(m, n, o)
del a
print(b, c)
print(__name__)
