# Sequence unpacking in assignments and for loops, swapping, nested targets.
a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
x, y = [10, 20]
print(x * y)
s1, s2, s3 = "xyz"
print(s3, s2, s1)
(p, q), r = [1, 2], 3
print(p, q, r)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for number, name in pairs:
    print(number, name)
t = 4, 5
u, v = t
print(u + v, len(t))


def pair(n):
    return n, n * n


value, square = pair(12)
print(value, square)
