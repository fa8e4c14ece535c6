# typing.NamedTuple records, annotations, multi-key sorting with operator getters.
from typing import NamedTuple, Optional, Union, List, Dict, Tuple, TypedDict, Generic, TypeVar, Callable, Any
from operator import itemgetter, attrgetter, methodcaller
import typing


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int
    manager: Optional[str] = None

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100)))

    @property
    def initials(self) -> str:
        return "".join(p[0] for p in self.name.split())


staff = [
    Employee("Grace Hopper", "eng", 150),
    Employee("Alan Turing", "eng", 150, "Grace Hopper"),
    Employee("Ada Lovelace", "math", 120),
    Employee("Emmy Noether", "math", 135, "Ada Lovelace"),
    Employee("Linus T", "ops", 99),
    Employee("Barbara Liskov", "eng", 140, "Grace Hopper"),
]
print(staff[1], staff[1]._asdict(), Employee._fields, Employee._field_defaults)
print(Employee.__annotations__)
print(staff[0].raise_by(10), staff[0].initials, staff[0][2], staff[0] < staff[1], len(staff[0]))
name, dept, *rest = staff[3]
print(name, dept, rest, Employee._make(["X", "y", 1, None]), tuple(staff[4]))

print([e.name for e in sorted(staff, key=attrgetter("dept", "salary"))])
print([e.name for e in sorted(staff, key=lambda e: (e.dept, -e.salary, e.name))])
s2 = sorted(staff, key=attrgetter("name"))
s2.sort(key=attrgetter("salary"), reverse=True)
print([(e.salary, e.name) for e in s2])
print(sorted([("b", 2, "x"), ("a", 2, "y"), ("c", 1, "z")], key=itemgetter(1, 0)))
print(itemgetter(1)("abc"), itemgetter(0, -1)("hello"), itemgetter("k")({"k": 9}), itemgetter(slice(1, 3))("abcd"))
print(list(map(methodcaller("split", "-", 1), ["a-b-c", "d"])), methodcaller("rjust", 5, "*")("ab"))
print(attrgetter("real", "imag")(3 + 4j), attrgetter("initials")(staff[2]))
print(max(staff, key=itemgetter(2)).name, min(staff, key=lambda e: (e.manager is None, e.name)).name)
depts = {}
for e in staff:
    depts.setdefault(e.dept, []).append(e)
print({d: sum(map(attrgetter("salary"), es)) for d, es in sorted(depts.items())})

T = TypeVar("T")
K = TypeVar("K", str, int)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, fn: Callable[[T], Any]) -> "Box[Any]":
        return Box(fn(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


print(Box(3).map(str).map(len), Box[int], Box[int](5), T, K.__constraints__)


class Movie(TypedDict, total=False):
    title: str
    year: int


mv: Movie = {"title": "Alien"}
print(mv, Movie.__required_keys__ == frozenset(), sorted(Movie.__optional_keys__), type(mv).__name__)


def f(a: int, b: "List[str]" = None, *args: float, c: Dict[str, Tuple[int, ...]] = {}, **kw: Union[int, str]) -> Optional[bool]:
    return None


print(f.__annotations__["a"], f.__annotations__["b"], f.__annotations__["return"])
print(typing.get_type_hints(f)["b"], f.__annotations__["kw"], f.__annotations__["c"])
print(Optional[int], Union[int, str, int], Union[int], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), list[int], dict[str, list[int]], int | None)
print(isinstance(3, int | str), typing.get_args(int | str), Optional[int] == Union[int, None])
x: int = 5
y: "forward"
print(__annotations__)


class Pt(NamedTuple):
    x: int = 0
    y: int = 0


print(Pt(), Pt(1), Pt(y=2), Pt(1, 2) == (1, 2), hash(Pt(1, 2)) == hash((1, 2)), repr(Pt._make([3, 4])))
try:
    Pt(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Pt(1).x = 5
except AttributeError as e:
    print("AttributeError:", e)
