# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# weakref.ref: calling, death after gc.collect(), callbacks, sharing of the
# basic ref, getweakrefcount/getweakrefs, equality and hashing.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%s)" % self.name


a = Node("a")
r = weakref.ref(a)
print(r() is a, r().name, type(r).__name__)
print(weakref.ref(a) is r, weakref.getweakrefcount(a))
print(r.__callback__)

log = []
r2 = weakref.ref(a, lambda ref: log.append(("cb", ref is r2, ref())))
r3 = weakref.ref(a, lambda ref: log.append(("cb3", ref() is None)))
print(r2 is not r, r2() is a, weakref.getweakrefcount(a))
print(weakref.getweakrefs(a) == [r, r3, r2])
print(r2.__callback__ is not None)

# Equality follows the referents while both are alive; hash is the referent's.
b = Node("b")
rb = weakref.ref(b)
print(r == r2, r == rb, r != rb, hash(r) == hash(a))
d = {r: 1}
print(d[weakref.ref(a)])

del a
gc.collect()
print(r(), r2(), r3())
print(log)
print(weakref.getweakrefcount(b), weakref.getweakrefs(b) == [rb])
# A dead ref keeps the hash it had; a dead ref equals only itself.
print(d[r], r == r2, r == r)
try:
    hash(r2)
except TypeError as e:
    print("TypeError:", e)

# Callbacks that are dropped with their ref are not called.
c = Node("c")
rc = weakref.ref(c, lambda ref: print("never"))
del rc
gc.collect()
del c
gc.collect()
print("done")
