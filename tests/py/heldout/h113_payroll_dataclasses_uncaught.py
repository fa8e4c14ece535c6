# Payroll with dataclasses: ordering, default factories, __post_init__, replace/asdict, frozen; ends with FrozenInstanceError uncaught.
from dataclasses import dataclass, field, replace, asdict, astuple, fields, FrozenInstanceError
from decimal import Decimal


@dataclass(order=True)
class Employee:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    dept: str
    salary: Decimal
    skills: list = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = (self.dept, -self.salary, self.name)

    def raise_by(self, pct):
        self.salary = (self.salary * (1 + Decimal(pct) / 100)).quantize(Decimal("0.01"))
        self.__post_init__()


@dataclass(frozen=True)
class PayStub:
    employee: str
    gross: Decimal
    tax_rate: Decimal = Decimal("0.2")

    @property
    def net(self):
        return (self.gross * (1 - self.tax_rate)).quantize(Decimal("0.01"))


staff = [
    Employee("Ann", "eng", Decimal("8200.00"), ["py", "c"]),
    Employee("Bob", "ops", Decimal("5100.50")),
    Employee("Cid", "eng", Decimal("9100.00"), ["go"]),
    Employee("Dee", "ops", Decimal("5100.50"), ["sh"]),
    Employee("Eve", "eng", Decimal("8200.00")),
]

for e in sorted(staff):
    print(e)

print([f.name for f in fields(Employee)])
staff[1].raise_by(10)
staff[1].skills.append("k8s")
print(staff[1], staff[1].sort_key)
print(staff[0] == Employee("Ann", "eng", Decimal("8200.00"), ["py", "c"]))
print(staff[0] < staff[2], max(staff).name, min(staff).name)

stubs = [PayStub(e.name, e.salary) for e in staff]
stubs.append(replace(stubs[0], tax_rate=Decimal("0.35")))
for s in stubs:
    print(f"{s.employee:<5}{s.gross:>10}{s.net:>10}  {s.tax_rate}")
print(asdict(stubs[-1]))
print(astuple(stubs[2]))
print(hash(stubs[0]) == hash(PayStub("Ann", Decimal("8200.00"))))
print(len({stubs[0], PayStub("Ann", Decimal("8200.00"))}))

by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.salary)
for dept, pays in sorted(by_dept.items()):
    print(dept, sum(pays), sum(pays) / len(pays))

try:
    stubs[0].gross = Decimal(0)
except FrozenInstanceError as exc:
    print(type(exc).__name__, exc)

try:
    Employee("X", "y")
except TypeError as exc:
    print("TypeError:", exc)

del stubs[1].tax_rate
