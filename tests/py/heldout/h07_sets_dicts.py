# Held-out: sets and dicts, views, comprehensions, merging, ordering.
inv = {"apple": 3, "banana": 0, "cherry": 7}
inv["date"] = 2
inv.setdefault("apple", 100)
inv.setdefault("elder", 1)
print(inv)
print(list(inv.keys()), list(inv.values()), list(inv.items())[:2])
del inv["banana"]
print(inv.pop("zzz", "none"), inv.pop("date"), inv)
merged = inv | {"apple": 9, "fig": 4}
print(merged, inv)
inv |= {"grape": 5}
print(inv, len(inv))
print({k: v for k, v in sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))})
print(dict.fromkeys("abc", 0), dict(zip(range(3), "xyz")), dict([(1, 2)], three=3))
keys = inv.keys()
print(keys & {"apple", "zzz"}, sorted(keys | {"q"}), keys - {"apple"} == {"cherry", "elder", "grape"})
print("apple" in keys, ("apple", 3) in inv.items(), 3 in inv.values())
inv["new"] = 1
print(len(keys), list(reversed(inv)))
d2 = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    d2[word] = d2.get(word, 0) + 1
print(sorted(d2.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
s = set([5, 3, 9, 1, 3])
t = set([9, 10, 1])
print(s, t, s | t, s & t, s - t, s ^ t, s <= s | t, s < s, {1, 3} < s)
print(sorted(s.union([100, -1])), s.intersection(t, {1}), s.isdisjoint({42}), s.issuperset({1}))
s.add(4)
s.discard(99)
s.remove(5)
print(s, sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2, 3])
print(fs, hash(fs) == hash(frozenset([3, 2, 1])), {fs: "x"}[frozenset({1, 2, 3})])
print(set(range(-3, 3)), {x % 4 for x in range(10)}, set("aaa"))
print({1, 2} == frozenset({1, 2}), set() == set(), set(), frozenset())
print({i: i * i for i in range(-2, 3)}, {(i, j): i + j for i in range(2) for j in range(2)})
nested = {"a": [1, {"b": (2, 3)}], "c": None}
print(nested, repr(nested["a"]))
dd = {1: "one", 1.0: "float one", True: "true"}
print(dd)
print({0: 0, -0.0: 1}, {None: 1, (): 2, "": 3})
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    inv["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
pop = {"x": 1, "y": 2}
print(pop.popitem(), pop, pop.copy() == pop, pop.copy() is pop)
print(sorted({3: 1, 1: 2, 2: 3}), min({"b": 1, "a": 2}), sum({1: 0, 2: 0}))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big.items())[-2:])
print(set([2**40, 7, 2**33]), set([-1, -2, 5, 0]))
print({1, 2, 3}.symmetric_difference([3, 4]))
x = {1, 2, 3}
x &= {2, 3, 4}
x |= {10}
x -= {3}
x ^= {2, 11}
print(x)
