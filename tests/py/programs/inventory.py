# Inventory management with dicts, sorting by keys, comprehensions and formatting.
from collections import defaultdict

items = [
    ("widget", "tools", 12, 3.5),
    ("gadget", "toys", 0, 12.25),
    ("sprocket", "tools", 140, 0.99),
    ("doohickey", "misc", 7, 45.0),
    ("gizmo", "toys", 33, 7.75),
    ("thingamajig", "misc", 2, 120.0),
    ("bolt", "tools", 1200, 0.05),
]

inventory = {name: {"cat": cat, "qty": qty, "price": price}
             for name, cat, qty, price in items}

by_cat = defaultdict(list)
for name, info in inventory.items():
    by_cat[info["cat"]].append(name)
print(dict(by_cat))

for cat in sorted(by_cat):
    names = sorted(by_cat[cat], key=lambda n: (-inventory[n]["qty"], n))
    print(f"{cat:-^20}")
    for n in names:
        info = inventory[n]
        value = info["qty"] * info["price"]
        print(f"  {n:<12}{info['qty']:>6d}{info['price']:>9.2f}{value:>12,.2f}")

totals = {cat: sum(inventory[n]["qty"] * inventory[n]["price"] for n in names)
          for cat, names in by_cat.items()}
print(totals)
print(max(totals, key=totals.get), min(totals.items(), key=lambda kv: kv[1]))

out_of_stock = {n for n, i in inventory.items() if i["qty"] == 0}
low = {n for n, i in inventory.items() if i["qty"] < 10}
print(sorted(out_of_stock), sorted(low - out_of_stock), sorted(low ^ {"bolt"}))

inventory["gadget"]["qty"] += 50
del inventory["thingamajig"]
inventory.setdefault("nut", {"cat": "tools", "qty": 500, "price": 0.02})
print(list(inventory), len(inventory))
print(inventory.get("missing", "n/a"), "nut" in inventory)

merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
merged |= {"d": 5}
print(merged, list(merged.keys()), list(merged.values()))
print(sorted(merged.items(), key=lambda kv: kv[1], reverse=True))

counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

price_table = sorted(((i["price"], n) for n, i in inventory.items()), reverse=True)
for rank, (price, name) in enumerate(price_table, start=1):
    print("%2d. %-10s %8.3f" % (rank, name, price))

nested = {"x": [1, 2, {"y": (3, 4)}], "z": {"w": None, "v": {True, False}}}
print(nested)
print(repr(nested["x"]), str(nested["z"]))
try:
    print(inventory["unobtainium"])
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
pop = inventory.pop("bolt")
print(pop, inventory.pop("nope", None))
k, v = inventory.popitem()
print(k, v)
print({k: v["qty"] for k, v in sorted(inventory.items())})
