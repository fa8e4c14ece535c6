# Lists whose items are all floats, then mixed: every list operation keeps
# CPython's results, including NaN, -0.0, inf, identity (`is`, `in` and
# index() find a NaN by identity) and the first non-float store.
import copy
import math
import pickle

nan = float("nan")
inf = float("inf")

a = [1.5, -0.0, 0.0, inf, -inf, 2.25]
print(a, len(a), repr(a))
print(a[1], math.copysign(1.0, a[1]), a[-1], a[1:4], a[::-2])
print(a[0] is a[0], a[3] is a[3])
x = a[0]
print(x is a[0], a.index(x), a.count(0.0), 0 in a, -0.0 in a, 2 in a)

# NaN: found by identity, never equal to another NaN.
b = [1.0, nan, 3.0]
print(nan in b, float("nan") in b, b.index(nan), b.count(nan), b.count(float("nan")))
print(b == b, b == [1.0, nan, 3.0], b == [1.0, float("nan"), 3.0], b != list(b))
c = b[:]
print(c[1] is nan, c == b, [nan] == [nan], [float("nan")] == [float("nan")])

# Mixed stores convert nothing observable.
m = [0.5, 1.5, 2.5]
m[1] = 7
m.append("s")
m.insert(0, None)
print(m, [type(v).__name__ for v in m])
m[1:3] = [9.0, 10.0, 11.0]
print(m)
del m[::2]
print(m)

# Arithmetic stores.
v = [0.0] * 4
for i in range(4):
    v[i] += i * 0.1
    v[i] -= 0.05
print(v, sum(v))

# sort with key/reverse, stable among equal keys; min/max; sorted with -0.0.
s = [3.5, -1.0, 2.0, -0.0, 0.0, 1e300, -inf, 2.0]
print(sorted(s), sorted(s, reverse=True), sorted(s, key=abs))
s.sort(key=lambda f: -f)
print(s, min(s), max(s))
z = [0.0, -0.0, 0.0]
z.sort()
print([math.copysign(1, f) for f in z])

# slicing, del, extend, insert, pop, remove, reverse, clear
t = [float(i) for i in range(10)]
print(t[2:8:2], t[-3:], t[::-1][:3])
del t[1:9:3]
t.extend([1.25, 2.5])
t.extend((3.75,))
t.extend(f * 2 for f in (0.5, 1.5))
t.insert(-1, 99.0)
print(t, t.pop(), t.pop(0), t)
t.remove(99.0)
t.reverse()
print(t)
t += [0.125]
t *= 2
print(t, len(t))
try:
    t.remove(123.0)
except ValueError as e:
    print("ValueError", e)
try:
    t.index(nan)
except ValueError as e:
    print("ValueError", e)

# * and +
print([1.0, 2.0] * 3, 2 * [0.5], [1.0] + [2, "x"], [] + [1.5])
p = [0.5, 1.5]
q = p * 2
q[0] = 42.0
print(p, q, p + p == [0.5, 1.5, 0.5, 1.5])

# equality and ordering mixing ints and floats
print([1.0, 2.0] == [1, 2], [1.0, 2.5] < [1, 3], [1.0, nan] < [1.0, 2.0], [2.0] > [1, 9])

# list subclass, copy, deepcopy, pickle
class FL(list):
    pass

f = FL([1.0, 2.0, 3.0])
f[0] = 0.25
f.append(nan)
print(f, type(f).__name__, f[3] is nan, isinstance(f[:2], FL))
print(copy.copy(a), copy.deepcopy(a), pickle.loads(pickle.dumps(a)))
g = pickle.loads(pickle.dumps([nan, nan]))
print(g[0] is g[1], math.isnan(g[0]))

# items of a float list used as keys, unpacking, iteration, builtins
d = {k: i for i, k in enumerate([0.5, 1.5, 0.5])}
x0, x1, *rest = [1.0, 2.0, 3.0, 4.0]
print(d, x0, x1, rest, list(reversed([1.0, 2.0])), tuple([1.0, -0.0]))
print(sum([0.1] * 10), math.fsum([0.1] * 10), any([0.0, -0.0]), all([1.0, nan]))
print(list(map(float.hex, [1.0, -0.0, inf])), "%.3f %.3f" % tuple([1.0, 2.0]))
print(max([1.0, 2.0, nan]), min([nan, 1.0]), sorted([nan, 1.0, 0.5])[1:])
