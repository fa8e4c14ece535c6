# Set algebra and dict views: students/courses, frozenset keys, dict union,
# view set operations, ordering rules.
courses = {
    "alice": set(["math", "physics", "art"]),
    "bob": set(["math", "history"]),
    "carol": set(["physics", "chemistry", "math"]),
    "dave": set(),
}
all_courses = set().union(*courses.values())
print(sorted(all_courses))
common = set.intersection(*(s for s in courses.values() if s))
print(common, courses["alice"] - courses["bob"], courses["alice"] ^ courses["carol"])
print(courses["bob"] <= all_courses, courses["bob"] < courses["bob"], courses["dave"].isdisjoint(all_courses))
pairs = {frozenset([a, b]): len(courses[a] & courses[b])
         for a in courses for b in courses if a < b}
for k in sorted(pairs, key=lambda fs: sorted(fs)):
    print(sorted(k), pairs[k])
print(frozenset(["x", "y"]) == frozenset(["y", "x"]), hash(frozenset()) == hash(frozenset([])))
s = set(range(10))
s -= {0, 1}
s &= set(range(5, 20))
s |= {100}
s ^= {5, 200}
print(sorted(s), s.pop() in range(300), len(s))
nums = set([3, 1, 2, 10, 7, 8, 64, 32, 33])
print(nums, {x * 2 for x in range(5)}, set("mississippi") == set("misp"))
fs = frozenset([1, 2, 3])
print(fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs.union([9]))
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
s2 = {1, 2}
s2.discard(9)
try:
    s2.remove(9)
except KeyError as e:
    print("KeyError:", repr(e))

prices = {"apple": 3, "pear": 5, "fig": 9}
extra = {"fig": 10, "kiwi": 4}
print(prices | extra, extra | prices)
merged = dict(prices)
merged |= extra
merged |= [("plum", 1)]
print(merged)
keys, vals, items = prices.keys(), prices.values(), prices.items()
prices["date"] = 2
print(keys, vals, items, len(keys))
print(keys & {"fig", "nope"}, keys | {"z"}, keys - {"apple"}, keys ^ extra.keys())
print(items & {("pear", 5), ("fig", 0)}, ("pear", 5) in items, 5 in vals, "pear" in keys)
print(list(reversed(prices)), list(reversed(prices.items()))[0], keys.mapping is prices if hasattr(keys, "mapping") else None)
print(sorted(prices.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {v: k for k, v in prices.items()}
print(inverted, dict.fromkeys("abc", 0), dict(zip("xy", range(2)), z=9))
try:
    for k in prices:
        prices[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(prices.popitem(), prices.pop("nope", "default"), prices.setdefault("new", []), len(prices))
d1, d2 = {"a": 1, "b": 2}, {"b": 2, "a": 1}
print(d1 == d2, list(d1) == list(d2), d1.keys() == d2.keys(), d1.values() == d2.values())
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print("TypeError:", e)
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", False: "b"})
