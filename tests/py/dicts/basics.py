# Dicts: insertion order, get, items, keys, values, del, update, in, len, overwrite keeps order.
d = {"one": 1, "two": 2}
d["three"] = 3
d["zero"] = 0
print(d, len(d))
print(d["two"], d.get("two"), d.get("nine"), d.get("nine", -1))
d["one"] = 100
print(list(d.keys()), list(d.values()))
print(list(d.items()))
del d["two"]
print(d, "two" in d, "three" in d)
d["two"] = 2
print(list(d))
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(key + "=" + str(value))
print(d.pop("zero"), d.pop("nothing", "default"), d)
d.update({"four": 4, "one": 1})
print(d)
print(d.setdefault("five", 5), d.setdefault("one", 999), len(d))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
mixed = {1: "int", 2.5: "float", (1, 2): "tuple", "s": "str", None: "none", True: "bool"}
print(mixed, mixed[1], mixed[(1, 2)])
print(dict(), {}, dict([("a", 1), ("b", 2)]), {} == dict(), {"a": 1} == {"a": 1})
copy = d.copy()
copy["new"] = 1
print(len(d), len(copy))
d.clear()
print(d)
