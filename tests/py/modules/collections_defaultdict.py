# collections.defaultdict: default_factory, __missing__, reprs, copies,
# subclassing and errors.
from collections import defaultdict


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, len(d), "c" in d, d.get("c"), dict(d))
print(repr(defaultdict()), defaultdict(int, a=1), defaultdict(None, [(1, 2)]))
print(defaultdict(int, {"x": 1}, y=2))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
print(isinstance(d, dict), type(d), defaultdict.__name__, defaultdict.__module__)
c = d.copy()
c["z"].append(0)
print(c, type(c), c.default_factory is list, "z" in d)
print(defaultdict(list).__missing__(3))
d.default_factory = None
attempt("no factory", lambda: d["missing"])
d.default_factory = lambda: "made"
print(d["new"], sorted(d))
print(type(defaultdict(list) | {1: 2}), defaultdict(list, {1: 2}) | {3: 4}, {0: 1} | defaultdict(set, {1: 2}))
n = defaultdict(lambda: defaultdict(int))
n["x"]["y"] += 5
print(n["x"]["y"], len(n))
r = defaultdict(int)
r[1]
r.default_factory = r
print(r)


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)
        self.note = "tally"


t = Tally()
t["a"] += 3
print(t, t.note, t.default_factory)


class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2


print(Missing(list)[21])
attempt("bad factory", lambda: defaultdict(3))
attempt("missing none", lambda: defaultdict().__missing__(3))
attempt("attribute", lambda: hasattr(defaultdict(int), "x"))
attempt("unhashable", lambda: defaultdict(list)[[1]])
