# List slicing with small-int and None bounds (read, assign, delete), the
# reversed-slice assignment of fannkuch, self-assignment, tuples and other
# iterables as sources, and the error cases.
import itertools

base = list(range(7))
bounds = [None, -9, -7, -3, -1, 0, 1, 3, 6, 7, 9]
steps = [None, 1, 2, 3, -1, -2, -5]
out = []
for a, b, c in itertools.product(bounds, bounds, steps):
    out.append(base[a:b:c])
    out.append(base[a:b])
print(len(out), sum(len(x) for x in out), out[::97])

# Assignment of lists of every length to simple slices.
results = []
for a, b in itertools.product(bounds, bounds):
    for src in ([], [10], [10, 11, 12], (20, 21), range(3), "xy"):
        l = list(base)
        l[a:b] = src
        results.append(l)
print(len(results), results[::37])

# Extended slice assignment and deletion.
for a, b, c in [(None, None, -1), (1, None, 2), (None, 5, 2), (6, 0, -2), (None, None, 3)]:
    l = list(base)
    n = len(l[a:b:c])
    l[a:b:c] = [x * 100 for x in range(n)]
    d = list(base)
    del d[a:b:c]
    print(a, b, c, l, d)
    try:
        l[a:b:c] = [0] * (n + 1)
    except ValueError as e:
        print("ValueError", e)

# fannkuch's flip.
perm = [3, 1, 4, 0, 2]
k = perm[0]
while k:
    perm[: k + 1] = perm[k::-1]
    k = perm[0]
    print(perm)

# Self-assignment and aliasing.
l = list(base)
l[:] = l
print(l)
l[1:3] = l
print(l)
l = list(base)
l[::-1] = l
print(l)
l = list(base)
l[2:5] = l[::-1]
print(l)

# Copies are new lists.
c = base[:]
c.append(99)
print(base, c, base[:] is base)

# Errors: zero step, bad types, non-iterables.
for f in (lambda: base[::0], lambda: base[1.5:], lambda: base["a":]):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    l = list(base)
    l[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    l = list(base)
    l[::0] = []
except ValueError as e:
    print("ValueError", e)


# Index-like objects and bools still work as bounds.
class Idx:
    def __index__(self):
        return 2


print(base[Idx():], base[True:], base[: Idx()], base[::Idx()])
l = list(base)
l[Idx() : 4] = ["i"]
print(l)


# A list subclass keeps its own slicing.
class MyList(list):
    def __getitem__(self, key):
        return ("sub", key)


m = MyList(base)
print(m[1:3], m[::-1])
l = list(base)
l[0:2] = MyList([7, 8, 9])
print(l)
