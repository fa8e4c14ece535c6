# Held-out: dataclasses, enum, typing annotations.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, Flag, auto
from typing import List, Optional, NamedTuple


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()}#{self.value}"


class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


class Perm(Flag):
    R = 4
    W = 2
    X = 1


@dataclass(order=True)
class Task:
    prio: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    done: bool = False


@dataclass(frozen=True)
class Coord:
    x: float
    y: float = 0.0

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Pair(NamedTuple):
    left: int
    right: Optional[int] = None


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.describe())
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print(Prio.HIGH > Prio.LOW, Prio.MID + 1, int(Prio.HIGH), [p.name for p in Prio], Prio(2))
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
tasks = [Task(3, "c"), Task(1, "a", ["x"]), Task(2, "b", done=True)]
print(sorted(tasks))
print(tasks[1], asdict(tasks[1]), astuple(tasks[2]))
print(Task(1, "q") == Task(1, "z"), Task(1, "q") < Task(2, "a"))
c = Coord(3, 4)
print(c, c.dist(), hash(c) == hash(Coord(3.0, 4.0)), replace(c, y=0))
try:
    c.x = 5
except Exception as e:
    print(type(e).__name__, e)
print([f.name for f in fields(Task)], Task.__annotations__)
p = Pair(1)
print(p, p._asdict(), p._replace(right=5), Pair._fields, p.left, p[1])
print(Color.__members__.keys(), Color.RED.name, Color.RED.value)


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.674e-11 * self.mass / self.radius ** 2


for pl in Planet:
    print(pl.name, f"{pl.gravity:.2f}")
print(f"{Color.RED}", str(Prio.LOW), f"{Prio.LOW}", format(Prio.MID, "d"))
d = {Color.RED: "r", Color.BLUE: "b"}
print(d[Color.RED], sorted(d, key=lambda c: c.value))
