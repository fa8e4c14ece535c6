# An order workflow using Enum, IntEnum, Flag, auto and unique, with lookups, iteration and formatting.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


@unique
class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def terminal(self):
        return self in (Status.DONE, Status.CANCELLED)

    def next(self):
        members = list(Status)
        i = members.index(self)
        return members[i + 1] if i + 1 < len(members) and not self.terminal else self


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = auto()


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2

    def describe(self):
        return f"{self.name.lower()}#{self.value}"


print(list(Status))
print(Status("paid"), Status["SHIPPED"], Status.NEW.value, Status.NEW.name)
s = Status.NEW
while not s.terminal:
    print(s.name, "->", s.next().name)
    s = s.next()
print(repr(Status.DONE), str(Status.DONE), f"{Status.DONE}", format(Status.PAID))
try:
    Status("lost")
except ValueError as e:
    print("ValueError:", e)
try:
    Status["LOST"]
except KeyError as e:
    print("KeyError:", e)

print(Priority.URGENT, Priority.URGENT.value, Priority.HIGH > Priority.LOW, Priority.NORMAL + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.URGENT]), max(Priority))
print(repr(Priority(2)), f"{Priority.HIGH}", f"{Priority.HIGH:>5}", int(Priority.LOW))
print([p.name for p in Priority if p >= 2])

rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, bool(Perm(0)))
print(Perm.ALL, list(Perm), rw & Perm.WRITE, Perm.ALL ^ Perm.READ)
print(Perm.ALL.value, [m.name for m in Perm.ALL])

m = Mode.R | Mode.W
print(m, repr(m), int(m), m & 4, Mode(7), Mode.R | 8)

print(Color.CRIMSON is Color.RED, list(Color), Color.__members__.keys())
print(Color.RED.describe(), Color(2).describe())
print({Status.NEW: 1, Status.PAID: 2}[Status.PAID], hash(Status.NEW) == hash(Status.NEW))
print(isinstance(Status.NEW, Status), type(Status.NEW).__name__, Status.__name__)
print(len(Status), Status.NEW in Status, [s.value for s in Status][:3])

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value)
Shape = Enum("Shape", [("CIRCLE", 10), ("SQUARE", 20)])
print(Shape(20), Shape.CIRCLE.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("unique:", e)
try:
    Status.NEW = "x"
except AttributeError as e:
    print("AttributeError:", e)
