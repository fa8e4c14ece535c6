# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# __del__ runs once when gc.collect() finds the object dead (CPython frees
# it when the last reference goes; collecting afterwards is harmless).
import gc


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


t = Tracked("one")
del t
gc.collect()
print("after one")

# Cycles are finalized by the collector in both implementations.
a = Tracked("cycle-a")
a.self = a
del a
gc.collect()
print("after cycle")


def make():
    local = Tracked("local")
    return local.name


name = make()
gc.collect()
print(name, "after local")

items = [Tracked("item%d" % i) for i in range(2)]
items.pop()
gc.collect()
print("after pop")
items = None
gc.collect()
print("after None")


# When several objects die at once the order of their finalizers differs
# (CPython releases a list's items last to first; pyvm runs them in creation
# order): record them and sort.
class Quiet:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Quiet.log.append(self.name)


items = [Quiet("q%d" % i) for i in range(3)]
items.clear()
gc.collect()
print("after clear", sorted(Quiet.log))


# A subclass inherits __del__.
class Child(Tracked):
    pass


c = Child("child")
c = None
gc.collect()
print("end")
