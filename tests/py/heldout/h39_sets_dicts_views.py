# Held-out: set algebra, dict views, merges, comprehension ordering, Counter.
from collections import Counter, OrderedDict, ChainMap

courses = {
    "ann": set(["math", "art", "bio"]),
    "bob": set(["math", "cs"]),
    "cy": set(["art", "cs", "music", "math"]),
}
everyone = set.intersection(*courses.values())
anyone = set().union(*courses.values())
print(sorted(everyone), sorted(anyone))
print(sorted(courses["ann"] - courses["bob"]), sorted(courses["ann"] ^ courses["cy"]))
print(courses["bob"] <= anyone, courses["bob"] < courses["bob"], courses["ann"].isdisjoint({"cs"}))
nums = set(range(0, 30, 3))
odds = {x for x in range(30) if x % 2}
print(sorted(nums & odds), len(nums | odds), sorted(nums - odds)[:4])
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, {fs: "frozen"}[frozenset([1, 2, 3])])
s = set([5, 1, 9])
s.add(1)
s.discard(100)
s |= {7}
s -= {5}
print(sorted(s), s.pop() in {1, 7, 9}, len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)

prices = {"apple": 1.2, "pear": 0.8, "fig": 3.5}
extra = {"kiwi": 0.5, "apple": 1.1}
merged = prices | extra
print(merged, prices)
prices |= {"plum": 2.0}
keys, vals, items = prices.keys(), prices.values(), prices.items()
prices["lime"] = 0.3
print(list(keys), list(vals), len(items))
print(keys & {"fig", "zzz"}, keys - {"apple"} == {"pear", "fig", "plum", "lime"}, ("fig", 3.5) in items)
print(sorted(prices, key=prices.get), max(prices.items(), key=lambda kv: kv[1]))
del prices["pear"]
print(list(reversed(prices)), prices.pop("zzz", "none"), prices.setdefault("fig", 0), prices.popitem())
inv = {v: k for k, v in merged.items()}
print(inv)
print(dict.fromkeys("abc", 0), dict(zip("xyz", range(3))), dict([("a", 1)], b=2))
nested = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    nested.setdefault(len(word), []).append(word)
print(nested)
c = Counter("mississippi")
print(c.most_common(2), c["z"], sorted(c.elements())[:5], c.total())
c2 = Counter(s=1, i=10)
print(c - c2, c + c2, c & c2, c | c2)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm.items()))
d1 = {1: "a", 2: "b"}
d2 = {2: "b", 1: "a"}
print(d1 == d2, list(d1) == list(d2), d1.items() == d2.items(), {1, 2} == d1.keys())
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
print(sorted({(1, "a"), (0, "b"), (1, "0")}), {1: 1, 1.0: 2, True: 3})
try:
    {}["missing"]
except KeyError as e:
    print(repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d1:
        d1[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(set([1, 2, 3]) == frozenset([3, 2, 1]), hash(frozenset()) == hash(frozenset([])), repr(set()), repr(frozenset()))
