# User classes: __init__, methods, inheritance with zero-argument super(), dunder
# operators and protocols, exception subclasses, attributes added and deleted,
# C3 MRO, class attributes, a linked list of instances, an uncaught user exception.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
    def norm2(self):
        return self.x * self.x + self.y * self.y

class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def norm2(self):
        return super().norm2() + self.z * self.z

v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), v == Vec(4, 6), v != Vec(4, 6))
w = Vec3(1, 2, 3)
print(w.norm2(), isinstance(w, Vec), type(w).__name__, Vec3.__mro__[1].__name__)
try:
    hash(v)
except TypeError as e:
    print(e)

class MyError(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise MyError(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    def __len__(self):
        return self.count
    def __iter__(self):
        return iter(range(self.count))
    def __getitem__(self, i):
        return i * 10
    def __call__(self, a):
        return a + 1

c = Counter(); Counter()
print(Counter.count, len(c), list(c), c[3], c(41), bool(c))
class A: pass
a = A()
a.z = 1
del a.z
try:
    a.z
except AttributeError as e:
    print(e)
print(repr(A)[:17], str(a)[:16])
class D(A, Vec): pass
print([k.__name__ for k in D.__mro__])
class Node:
    def __init__(self, v, nxt=None):
        self.v = v; self.nxt = nxt
head = None
for i in range(1000):
    head = Node(i, head)
t = 0
while head:
    t += head.v; head = head.nxt
print(t)
raise MyError(3)
