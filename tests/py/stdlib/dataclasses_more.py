# dataclasses: field(), InitVar, __post_init__, kw_only, slots, inheritance, errors.
import dataclasses
from dataclasses import InitVar, KW_ONLY, asdict, astuple, dataclass, field, fields, is_dataclass, make_dataclass, replace
from typing import ClassVar, List


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: List[int] = field(default_factory=lambda: [1, 2])
    d: float = field(default=1.5, repr=False, compare=False)
    count: ClassVar[int] = 0


ch = Child(1, "x")
print(ch, ch == Child(1, "x", [1, 2], 9.0), ch != Child(2), [f.name for f in fields(Child)])
print(asdict(ch), astuple(ch), is_dataclass(ch), is_dataclass(Child), is_dataclass(1))
print(Child.__init__.__qualname__ if hasattr(Child.__init__, "__qualname__") else "", Child.count)
print(Child.__match_args__, Child.__dataclass_params__.order if hasattr(Child, "__dataclass_params__") else None)


@dataclass
class WithPost:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)

    def __post_init__(self, scale):
        self.y = self.x * scale


w = WithPost(3)
print(w, WithPost(3, 5).y, [f.name for f in fields(WithPost)])


@dataclass(kw_only=True)
class KW:
    p: int
    q: int = 0


print(KW(p=1), KW(q=2, p=3))
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 5


print(Mixed(1, b=2), Mixed(4))


@dataclass(frozen=True, slots=True)
class Frozen:
    x: int
    y: int = 0


f = Frozen(1, 2)
print(f, hash(f) == hash(Frozen(1, 2)), Frozen.__slots__, replace(f, y=7))
try:
    f.x = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass(order=True)
class Ord:
    k: int
    name: str = field(compare=False, default="")


print(sorted([Ord(3, "c"), Ord(1, "a"), Ord(2, "b")]), Ord(1) <= Ord(1, "z"), Ord(1) > Ord(0))
try:
    Ord(1) < 5
except TypeError as e:
    print("TypeError", e)

P = make_dataclass("P", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
print(P(3, -4), P(3, -4).norm(), P.__name__)

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)
try:
    Base()
except TypeError as e:
    print("TypeError", e)
try:
    replace(w, y=1)
except ValueError as e:
    print("ValueError", e)


@dataclass(eq=False, repr=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), repr(Plain(1)).startswith("<__main__.Plain object"))


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(dataclasses.fields(n)[1].default_factory is list, repr(dataclasses.MISSING).split(" at ")[0])
print(repr(fields(Base)[1]).split("(")[0], fields(Base)[1].default, fields(Base)[0].type)
