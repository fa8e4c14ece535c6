# An object cache built on weakref: finalizers, callbacks, WeakValueDictionary eviction and __del__ order.
import gc
import weakref

log = []


class Texture:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __repr__(self):
        return f"Texture({self.name!r}, {self.size})"

    def __del__(self):
        log.append(f"del {self.name}")


class Cache:
    def __init__(self):
        self.items = weakref.WeakValueDictionary()
        self.loads = 0

    def get(self, name):
        tex = self.items.get(name)
        if tex is None:
            self.loads += 1
            tex = Texture(name, len(name) * 64)
            self.items[name] = tex
        return tex


cache = Cache()
a = cache.get("grass")
b = cache.get("grass")
print(a is b, cache.loads, sorted(cache.items.keys()))
c = cache.get("stone")
print(sorted(cache.items.keys()), cache.loads)
del a, b
gc.collect()
print(sorted(cache.items.keys()), log)
c2 = cache.get("grass")
print(cache.loads, c2)


def on_dead(ref):
    log.append("callback fired; ref alive? " + str(ref() is not None))


t = Texture("water", 10)
r = weakref.ref(t, on_dead)
print(r() is t, weakref.getweakrefcount(t))
del t
gc.collect()
print(r(), log[-2:])


class Node:
    def __init__(self, label):
        self.label = label
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = weakref.ref(self)
        self.children.append(child)
        return child

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.label)
            node = node.parent() if node.parent is not None else None
        return "/".join(reversed(parts))


root = Node("root")
usr = root.add(Node("usr"))
leaf = usr.add(Node("lib")).add(Node("python3"))
print(leaf.path())
orphan = Node("tmp")
root.add(orphan)
del root
gc.collect()
print(orphan.parent() is None, leaf.parent().label, usr.parent() is None)

fin_log = []
obj = Texture("sand", 3)
f = weakref.finalize(obj, fin_log.append, "finalized sand")
print(f.alive)
del obj
gc.collect()
print(f.alive, fin_log)

keyed = weakref.WeakKeyDictionary()
k1, k2 = Texture("k1", 1), Texture("k2", 2)
keyed[k1] = "first"
keyed[k2] = "second"
print(len(keyed), keyed[k1])
del k1
gc.collect()
print(len(keyed), [v for v in keyed.values()])
log.clear()
del c, c2, k2
gc.collect()
print(sorted(log))
