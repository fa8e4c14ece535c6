# List slicing: read with steps and negatives, slice assignment, slice deletion, copies.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[5:5], a[20:])
b = a[:]
b[0] = 100
print(a[0], b[0])
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [10, 11]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
print(m)
