# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# __del__ together with weak references and weak dictionaries: objects in
# cycles, as CPython's cycle collector handles them too (weakrefs to the
# garbage are cleared and their callbacks run before the finalizers).
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        log.append("del " + self.name)


a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
ra = weakref.ref(a, lambda r: log.append("callback a"))
cache = weakref.WeakValueDictionary()
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache))
del a, b
gc.collect()
print(sorted(log), ra(), len(cache))
