# Held-out: dataclasses in depth: frozen, post_init, asdict/astuple, replace, InitVar, inheritance, slots.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError
import typing


@dataclass
class Address:
    street: str
    city: str
    zip_code: str = "00000"


@dataclass
class Person:
    name: str
    age: int
    address: Address = None
    emails: list = field(default_factory=list)
    _id: int = field(default=0, repr=False)
    counter: typing.ClassVar[int] = 0

    def __post_init__(self):
        Person.counter += 1
        self._id = Person.counter
        if self.age < 0:
            raise ValueError(f"age must be >= 0, got {self.age}")


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


@dataclass
class Employee(Person):
    salary: int = 0
    title: str = "staff"


@dataclass
class Secret:
    user: str
    password: InitVar[str]
    hashed: str = field(init=False)

    def __post_init__(self, password):
        self.hashed = "".join(reversed(password)).upper()


@dataclass(slots=True, kw_only=True)
class Opt:
    level: int = 1
    tag: str = "x"


p = Person("Ann", 31, Address("1 Main St", "Springfield"), ["ann@example.com"])
print(p)
print(asdict(p))
print(astuple(Address("a", "b")), p == Person("Ann", 31, Address("1 Main St", "Springfield"), ["ann@example.com"]))
q = replace(p, name="Bea", emails=[])
print(q.name, q.age, q._id, p._id, Person.counter)
print([f.name for f in fields(Employee)], Employee("Cy", 40, salary=100))
e = Employee("Di", 25, title="boss")
print(e.title, e.salary, isinstance(e, Person), e.address)
try:
    Person("Neg", -1)
except ValueError as err:
    print("ValueError:", err)
pt = Point(1.0, 2.0)
print(pt, pt.dist(Point(4.0, 6.0)), hash(pt) == hash(Point(1.0, 2.0)), {pt, Point(1.0, 2.0)})
try:
    pt.x = 5
except FrozenInstanceError as err:
    print("FrozenInstanceError:", err)
s = Secret("u", "abc")
print(s, s.hashed)
o = Opt(tag="y")
print(o, Opt.__slots__, hasattr(o, "__dict__"))
try:
    Opt(2)
except TypeError as err:
    print("TypeError:", err)
try:
    Person("NoAge")
except TypeError as err:
    print("TypeError:", err)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError:", err)
people = [Person("Zed", 20), Person("Amy", 35), Person("Bob", 20)]
print([x.name for x in sorted(people, key=lambda x: (x.age, x.name))])
print(Point.__eq__(pt, (1.0, 2.0)), Point(1, 2) == Point(1.0, 2.0), repr(Address("s", "c", zip_code="9")))


class TP(typing.NamedTuple):
    a: int
    b: str = "dflt"


print(TP(1), TP(2, "z")._asdict(), TP._field_defaults, TP.__annotations__)
