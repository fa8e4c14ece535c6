# collections.ChainMap basics: lookup through the maps, writes to the first
# map, new_child/parents, reprs and errors.
from collections import ChainMap


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm["c"], len(cm), list(cm), sorted(cm))
print("a" in cm, "z" in cm, cm.get("z"), cm.get("z", 0), cm.get("a"), bool(cm), bool(ChainMap({})))
print(ChainMap(), cm.maps[0] is over, sorted(cm.keys()), sorted(cm.values()), sorted(cm.items()))
cm["d"] = 4
del cm["b"]
print(cm, base, over)
child = cm.new_child()
child["a"] = 100
print(child, child["a"], cm["a"], child.parents, type(child.parents).__name__)
kid = cm.new_child({"x": 1}, y=2)
print(kid, cm.new_child(z=3).maps[0])
cp = cm.copy()
cp["new"] = 1
print(cp, "new" in cm)
print(cm.pop("c"), cm.popitem(), cm)
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}))
print(ChainMap({"a": 1}) | {"b": 2}, ChainMap.fromkeys("ab", 0))
r = ChainMap({})
r.maps[0]["self"] = r
print(r)
m = ChainMap({1: "one"})
m |= {2: "two"}
m.clear()
print(m, len(m))


class Deep(ChainMap):
    def __missing__(self, key):
        return "default"


print(Deep({"k": "v"})["zz"], Deep({"k": "v"}))
attempt("missing", lambda: cm["nope"])
attempt("del missing", lambda: cm.__delitem__("a"))
attempt("pop missing", lambda: cm.pop("a"))
attempt("popitem empty", lambda: ChainMap({}, {"a": 1}).popitem())
attempt("unhashable", lambda: hash(ChainMap()))
