# dataclasses: fields, defaults, ordering, frozen, asdict/astuple, replace.
from dataclasses import asdict, astuple, dataclass, field, fields, replace, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, p == Point(1, 0), [f.name for f in fields(p)], asdict(p), astuple(Point(2, 3, [1])))
print(replace(p, y=9))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


v = Version(1, 2)
print(sorted([Version(2), v, Version(1)]), v < Version(1, 3), hash(v) == hash(Version(1, 2)))
try:
    v.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
