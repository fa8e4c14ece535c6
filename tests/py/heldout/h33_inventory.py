# Held-out: an inventory system with dataclasses, properties, sorting and a report.
from dataclasses import dataclass, field
from collections import defaultdict
import sys


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False, default=0.0)
    qty: int = field(compare=False, default=0)
    tags: list = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.price * self.qty


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def take(self, sku, n):
        it = self._items[sku]
        if it.qty < n:
            raise OutOfStock(sku, n, it.qty)
        it.qty -= n
        self.log.append(("take", sku, n))
        return it.price * n

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __contains__(self, sku):
        return sku in self._items

    def by_tag(self):
        groups = defaultdict(list)
        for it in self:
            for t in it.tags:
                groups[t].append(it.sku)
        return dict(sorted(groups.items()))


inv = Inventory()
inv.add(Item("B-200", "Bolt", 0.25, 400, ["hardware", "small"]))
inv.add(Item("A-100", "Anvil", 129.99, 3, ["hardware", "heavy"]))
inv.add(Item("C-300", "Cable 2m", 7.5, 40, ["electric"]))
inv.add(Item("B-200", "Bolt", 0.25, 100))
inv.add(Item("D-400", "Drill ⚡", 89.0, 0, ["electric", "heavy"]))
print(len(inv), "B-200" in inv, "Z-999" in inv)
print(inv.by_tag())

total = 0.0
for sku, n in [("B-200", 120), ("A-100", 1), ("D-400", 1), ("C-300", 41), ("C-300", 40)]:
    try:
        total += inv.take(sku, n)
    except OutOfStock as e:
        print("out of stock:", e, e.args, (e.wanted - e.have))
print(f"total sales: {total:,.2f}")

print(f"{'SKU':<8}|{'Name':^12}|{'Qty':>6}|{'Value':>10}")
print("-" * 39)
for it in inv:
    print(f"{it.sku:<8}|{it.name:^12}|{it.qty:>6d}|{it.value:>10.2f}")
print("-" * 39)
print(f"{'':<8}|{'TOTAL':^12}|{sum(i.qty for i in inv):>6}|{sum(i.value for i in inv):>10.2f}")
print(repr(next(iter(inv))))
print(sorted(inv, key=lambda i: (-i.value, i.name))[0].name)
print(max(inv, key=lambda i: i.qty).sku, min(inv).sku)
print(Item("X", "x") < Item("Y", "y"), Item("X", "a") == Item("X", "b"))
print(inv.log[:3], len(inv.log))
print("done", file=sys.stderr)
