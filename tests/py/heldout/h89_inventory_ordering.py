# Inventory with ordered dataclasses, total_ordering, bisect and multi-key sorts.
from dataclasses import dataclass, field, asdict, replace, astuple
from functools import total_ordering
from operator import attrgetter
import bisect


@dataclass(order=True, frozen=True)
class Sku:
    category: str
    code: int
    name: str = field(compare=False)


@dataclass
class Item:
    sku: Sku
    qty: int = 0
    price_cents: int = 0
    tags: list = field(default_factory=list, repr=False)

    @property
    def value(self):
        return self.qty * self.price_cents

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f"negative qty for {self.sku.name}")


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"Money({sign}{c // 100}.{c % 100:02d})"


skus = [
    Sku("tools", 30, "hammer"),
    Sku("food", 12, "rice"),
    Sku("tools", 7, "wrench"),
    Sku("food", 3, "beans"),
    Sku("garden", 44, "hose"),
]
print(sorted(skus))
print(min(skus), max(skus))
print(Sku("food", 3, "x") == Sku("food", 3, "y"))
print(hash(Sku("a", 1, "b")) == hash(Sku("a", 1, "zzz")))

inv = [Item(s, qty=(i * 7) % 5, price_cents=100 + i * 55, tags=[s.category]) for i, s in enumerate(skus)]
for it in inv:
    print(it, it.value)

by_value = sorted(inv, key=lambda it: (-it.value, it.sku.name))
print([it.sku.name for it in by_value])
print([it.sku.name for it in sorted(inv, key=attrgetter("sku.category", "qty"))])

print(asdict(inv[0]))
print(astuple(inv[1]))
moved = replace(inv[2], qty=9)
print(moved.qty, inv[2].qty, moved == inv[2])

try:
    Item(skus[0], qty=-1)
except ValueError as e:
    print("ValueError:", e)

try:
    skus[0].code = 5
except Exception as e:
    print(type(e).__name__, e)

prices = sorted(Money(it.price_cents) for it in inv)
print(prices)
print(Money(5) <= Money(5), Money(7) > Money(3), Money(1) >= Money(2))
print(Money(3) == 3, Money(3) != "x")
try:
    Money(3) < 3
except TypeError as e:
    print("TypeError:", e)

levels = [0, 10, 50, 100]
names = ["empty", "low", "ok", "plenty", "overflow"]
for q in (0, 1, 10, 49, 50, 100, 101):
    print(q, names[bisect.bisect_right(levels, q)])

insorted = []
for it in inv:
    bisect.insort(insorted, (it.value, it.sku.code))
print(insorted)
print(bisect.bisect_left([1, 2, 2, 2, 3], 2), bisect.bisect([1, 2, 2, 2, 3], 2))
