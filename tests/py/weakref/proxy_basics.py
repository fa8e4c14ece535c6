# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# weakref.proxy: operations forward to the referent until it dies, then
# raise ReferenceError.
import gc
import weakref


class Box:
    def __init__(self, value):
        self.value = value

    def double(self):
        return self.value * 2

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

    def __eq__(self, other):
        return isinstance(other, Box) and other.value == self.value

    __hash__ = None


class Fn:
    def __call__(self, x):
        return x + 1


b = Box(21)
p = weakref.proxy(b)
print(p.value, p.double(), len(p), p[4], p == Box(21))
p.value = 5
print(b.value, type(p).__name__, weakref.proxy(b) is p)
print(weakref.getweakrefcount(b), isinstance(p, weakref.ProxyTypes))
fn = Fn()
cp = weakref.proxy(fn)
print(type(cp).__name__, cp(41))

log = []
p2 = weakref.proxy(b, lambda ref: log.append("dead"))
del b
gc.collect()
print(log)
for action in (lambda: p.value, lambda: len(p), lambda: p.double()):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError")
del fn
gc.collect()
try:
    cp(1)
except ReferenceError as e:
    print("ReferenceError:", e)
