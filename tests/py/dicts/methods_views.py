# dict methods, views with set operations, | and |=, setdefault/popitem order, fromkeys.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2, "c": 3}
print(d.keys(), d.values(), d.items())
print(d.keys() & {"a", "z"}, sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "q"}))
print(d.items() & {("a", 1), ("b", 5)}, ("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.keys())
print(d.keys() == {"a", "b", "c"}, d.keys() <= {"a", "b", "c", "d"}, d.keys().isdisjoint({"x"}))
print(len(d.values()), 2 in d.values(), list(reversed(d)), list(reversed(d.items())))
e = d | {"c": 30, "d": 4}
print(e, d)
d |= {"a": 10}
d |= [("z", 26)]
print(d)
t(lambda: d | [("a", 1)])
print(d.setdefault("a", 0), d.setdefault("n"), d.setdefault("m", []), d)
print(d.popitem(), d.popitem(), d)
print(d.pop("a"), d.pop("missing", "dflt"))
t(lambda: d.pop("missing"))
t(lambda: {}.popitem())
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print(d.get("b"), d.get("q"), d.get("q", 7))
d2 = d.copy(); d2["new"] = 1; print(d, d2)
d2.update({"b": 200}, extra=1); d2.update([("c", 300)]); d2.update(k=0); print(d2)
t(lambda: d2.update([1]))
t(lambda: d2.update([(1, 2, 3)]))
print(dict(a=1, b=2), dict([(1, 2)], x=3), dict({1: 2}), dict(zip("ab", [1, 2])))
t(lambda: dict(1))
t(lambda: dict([1, 2]))
print({k: v for k, v in enumerate("xyz")}, {i % 3: i for i in range(10)})
r = {}
r["self"] = r
print(r)
print({1: 1, 1.0: 2, True: 3})
t(lambda: {[1]: 1})
t(lambda: {}["k"])
t(lambda: {}[(1, 2)])
d.clear(); print(d, len(d))
o = {3: "c", 1: "a", 2: "b"}
del o[1]
o[1] = "A"
print(o, list(o), list(o.values()))
print(d == {}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
t(lambda: {1: 2} < {1: 2})
it = iter({1: 1, 2: 2})
dd = {1: 1}
def mutate():
    for k in dd:
        dd[k + 1] = 0
t(mutate)
