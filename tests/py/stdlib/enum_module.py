# enum: Enum, IntEnum, Flag and auto.
from enum import Enum, Flag, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(1), Color["GREEN"], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)


class Priority(IntEnum):
    LOW = auto()
    HIGH = auto()


print(Priority.LOW, Priority.HIGH + 1, Priority.HIGH > Priority.LOW, [p.value for p in Priority])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, (rw & Perm.W).name, Perm(4))
print({c.name: c.value for c in Color})
