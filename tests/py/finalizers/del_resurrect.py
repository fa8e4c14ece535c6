# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# A finalizer that resurrects its object runs only once (PEP 442).
import gc

saved = []


class Phoenix:
    count = 0

    def __del__(self):
        Phoenix.count += 1
        print("del", Phoenix.count)
        saved.append(self)


p = Phoenix()
p.cycle = p
del p
gc.collect()
print(len(saved))
saved.clear()
gc.collect()
print("count", Phoenix.count)


# Objects a finalizer can reach are intact when it runs.
class Holder:
    def __init__(self, items):
        self.items = items

    def __del__(self):
        print("holder sees", self.items)


h = Holder([1, 2, {"k": "v"}])
h.me = h
del h
gc.collect()
print("end")
