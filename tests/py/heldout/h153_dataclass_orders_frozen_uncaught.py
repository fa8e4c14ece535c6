# Dataclasses: order/frozen, default_factory, __post_init__, field options, replace/asdict/astuple, sorting, uncaught FrozenInstanceError.
from dataclasses import dataclass, field, replace, asdict, astuple, fields, InitVar, FrozenInstanceError
from operator import attrgetter
from typing import ClassVar


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class LineItem:
    sku: str
    qty: int
    unit: float = field(repr=False)
    discount: float = 0.0

    @property
    def total(self):
        return round(self.qty * self.unit * (1 - self.discount), 2)


@dataclass
class Order:
    number: int
    customer: str
    items: list = field(default_factory=list)
    notes: dict = field(default_factory=dict, compare=False)
    tax_rate: InitVar[float] = 0.2
    count: ClassVar[int] = 0
    total: float = field(init=False, default=0.0)

    def __post_init__(self, tax_rate):
        Order.count += 1
        self.total = round(sum(i.total for i in self.items) * (1 + tax_rate), 2)


vs = [Version.parse(t) for t in ["1.10.0", "1.2.3", "0.9.9", "1.2.10", "2.0.0", "1.2.3"]]
print(sorted(vs))
print([str(v) for v in sorted(set(vs), reverse=True)], max(vs), Version(1) < Version(1, 0, 1))
print(Version(1, 2) == Version(1, 2, 0), hash(Version(1, 2)) == hash(Version(1, 2, 0)), replace(vs[0], patch=7))

orders = [
    Order(1, "zoe", [LineItem("A", 2, 9.99), LineItem("B", 1, 100.0, 0.15)]),
    Order(2, "adam", [LineItem("C", 10, 1.25)], tax_rate=0.0),
    Order(3, "mia", notes={"gift": True}),
]
for o in orders:
    print(o)
print(Order.count, orders[0].items[1].total, asdict(orders[1]))
print(astuple(orders[1].items[0]), [f.name for f in fields(Order)], [f.name for f in fields(LineItem) if f.repr])
print(sorted(orders, key=attrgetter("total"), reverse=True)[0].customer, sorted(orders, key=attrgetter("customer"))[0].number)
o2 = replace(orders[2], number=4)
print(o2 == orders[2], replace(orders[2]) == orders[2], o2.notes is orders[2].notes, Order.count)
try:
    Order()
except TypeError as e:
    print(e)
try:
    LineItem("x", 1)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print(e)
print(Version.__match_args__, LineItem.__eq__(LineItem("a", 1, 1.0), 5))
v = Version(3, 1, 4)
v.major = 4
