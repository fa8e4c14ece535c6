# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# WeakValueDictionary: entries disappear when their value dies.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    d["k%d" % o.n] = o
print(len(d), d["k2"], "k3" in d, "zz" in d, d.get("k1"), d.get("zz", "dflt"))
print(sorted(d.keys()), sorted(v.n for v in d.values()))
print(sorted((k, v.n) for k, v in d.items()), sorted(d))

del objs[1:3]
gc.collect()
print(len(d), sorted(d.keys()), "k1" in d, d.get("k1"))
try:
    d["k1"]
except KeyError as e:
    print("KeyError", e)

del d["k0"]
print(sorted(d.keys()))
try:
    del d["k0"]
except KeyError as e:
    print("KeyError", e)

# Replacing a value: the old value's death does not remove the new entry.
old = Obj(10)
new = Obj(11)
d["x"] = old
d["x"] = new
del old
gc.collect()
print(d["x"], d.pop("x"), "x" in d, d.pop("x", "gone"))
try:
    d["bad"] = 5
except TypeError as e:
    print("TypeError:", e)

e = weakref.WeakValueDictionary({"a": objs[0], "b": objs[1]})
print(sorted(e.keys()), d.setdefault("s", objs[0]) is objs[0])
objs.clear()
gc.collect()
print(len(e), len(d), list(e.items()), list(d))
