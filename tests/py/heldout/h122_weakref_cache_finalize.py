# Object lifetimes: __del__ with gc.collect, weakref.ref callbacks, WeakValueDictionary caches, weakref.finalize.
# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
import gc
import weakref


class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1

    def __del__(self):
        Resource.live -= 1
        print(f"  __del__ {self.name}")

    def __repr__(self):
        return f"Resource({self.name!r})"


class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self.misses = 0

    def get(self, name):
        obj = self._items.get(name)
        if obj is None:
            self.misses += 1
            obj = Resource(name)
            self._items[name] = obj
        return obj

    def names(self):
        return sorted(self._items.keys())


cache = Cache()
a = cache.get("alpha")
b = cache.get("beta")
print(cache.get("alpha") is a, cache.misses, cache.names(), Resource.live)
del b
gc.collect()
print(cache.names(), Resource.live)
b2 = cache.get("beta")
print(cache.misses, b2)

events = []
r = weakref.ref(a, lambda ref: events.append(("dead", ref() is None)))
print(r() is a, weakref.getweakrefcount(a))
del a
gc.collect()
print(events, r())


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print(f"  node {self.name} collected")


x, y = Node("x"), Node("y")
x.peer, y.peer = y, x
wx = weakref.ref(x)
del x, y
print("cycle dropped, alive:", wx() is not None)
gc.collect()
print("after collect, alive:", wx() is not None)


class Conn:
    def __init__(self, dsn):
        self.dsn = dsn
        self._fin = weakref.finalize(self, Conn._close, dsn)

    @staticmethod
    def _close(dsn):
        print("  finalize closing", dsn)

    def close(self):
        self._fin()


c1 = Conn("db://one")
c2 = Conn("db://two")
print(c1._fin.alive, c2._fin.alive)
c1.close()
print(c1._fin.alive)
c1.close()
del c1, c2
gc.collect()

kd = weakref.WeakKeyDictionary()
keys = [Resource(f"k{i}") for i in range(3)]
for i, k in enumerate(keys):
    kd[k] = i
print(len(kd), sorted(kd.values()))
keys.pop(1)
gc.collect()
print(len(kd), sorted(kd.values()))
proxy = weakref.proxy(b2)
print(proxy.name, repr(proxy)[:20] == repr(proxy)[:20])
del b2
gc.collect()
try:
    proxy.name
except ReferenceError as e:
    print("ReferenceError:", e)
del keys
gc.collect()
print("live at end:", Resource.live)
