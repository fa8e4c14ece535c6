# array.array: operators, comparisons, copies, subclasses, compute loops.
from array import array
import copy

a = array('i', [1, 2, 3])
b = array('i', [4, 5])
print(a + b, a * 2, 2 * a, a * 0, a * -1)
c = a
c += b
print(c is a, a)
c *= 2
print(c is a, a)
for expr in ["a + array('d')", "a + [1]", "a * 'x'", "a * 1.5"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
try:
    a += [1]
except TypeError as e:
    print('iadd', e)
try:
    a += array('b')
except TypeError as e:
    print('iadd', e)

x = array('i', [1, 2, 3])
print(x == array('i', [1, 2, 3]), x != array('i', [1, 2]), x == array('d', [1.0, 2.0, 3.0]))
print(x < array('i', [1, 2, 4]), x <= array('i', [1, 2]), x > array('i', [1]),
      x >= array('i', [1, 2, 3]), x == [1, 2, 3], array('d', [1, 2.5]) == array('i', [1, 2]))
try:
    x < 3
except TypeError:
    print('TypeError <')
try:
    hash(x)
except TypeError:
    print('unhashable')
print(bool(array('i')), bool(x), len(x))

y = copy.copy(x)
z = copy.deepcopy(x)
y[0] = 100
print(x, y, z, y is x)


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples('d', [1.0, 2.0, 4.0])
s.label = 'temps'
print(type(s).__name__, s.mean(), s.label, len(s), s[1], isinstance(s, array))
s.append(9)
print(s.tolist(), type(s[0:2]).__name__)

# a sieve and a running sum over typed storage
N = 2000
flags = array('B', [1]) * N
flags[0] = flags[1] = 0
for i in range(2, int(N ** 0.5) + 1):
    if flags[i]:
        flags[i * i::i] = array('B', [0]) * len(range(i * i, N, i))
primes = [i for i in range(N) if flags[i]]
print(len(primes), primes[-5:])
acc = array('q', [0]) * 10
for i in range(1000):
    acc[i % 10] += i * i
print(acc)
big = array('d')
for i in range(5000):
    big.append(i / 7)
print(len(big), round(sum(big), 6), big[4999])

# the operator and container methods by name
w = array('i', [1, 2])
print(w.__len__(), w.__getitem__(1), w.__contains__(2), w.__eq__(w), w.__add__(w), w.__mul__(2),
      w.__rmul__(2))
r = w.__iadd__(array('i', [3]))
print(r, r is w, w.__imul__(2) is w, w)
print(s + s, type(s + s).__name__, s * 2, 2 * s, s == array('d', [1.0, 2.0, 4.0, 9.0]))
s += array('d', [0.5])
print(type(s).__name__, s.label, s)
