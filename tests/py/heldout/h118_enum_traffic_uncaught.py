# Enum-driven state machine: auto, IntEnum, Flag combinations, aliases, match on members; ends with an uncaught ValueError lookup.
from enum import Enum, IntEnum, Flag, auto, unique


class Light(Enum):
    RED = auto()
    AMBER = auto()
    GREEN = auto()
    STOP = 1

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]

    @property
    def wait(self):
        return {Light.RED: 30, Light.AMBER: 5, Light.GREEN: 25}[self]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


@unique
class Suit(str, Enum):
    HEARTS = "H"
    SPADES = "S"

    def __str__(self):
        return self.name.title()


print(list(Light), Light.STOP is Light.RED, Light["GREEN"], Light(2), len(Light))
print(Light.__members__.keys())
state = Light.RED
for _ in range(5):
    print(f"{state.name:<6}{state.value}  wait={state.wait}")
    state = state.next()

print(Priority.HIGH > Priority.LOW, Priority.NORMAL + 1, sorted([Priority.HIGH, 3, Priority.LOW]))
print(repr(Priority(5)), str(Priority.HIGH), f"{Priority.LOW}", int(Priority.HIGH), Priority.HIGH == 10)
p = Perm.R | Perm.X
print(p, repr(p), Perm.RW, Perm.R in p, Perm.W in p, bool(Perm(0)), p & Perm.RW, ~Perm.R)
print(list(Perm), [m.name for m in Perm.RW], Perm(7), Perm.RW.value)
print(Suit.HEARTS, repr(Suit.SPADES), Suit("S"), Suit.HEARTS == "H", f"{Suit.HEARTS}", Suit.HEARTS.upper())


def describe(light):
    match light:
        case Light.RED | Light.AMBER:
            return "stop"
        case Light.GREEN:
            return "go"
        case _:
            return "?"


print([describe(l) for l in Light], describe(None))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

try:
    Light.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

print(Priority["LOW"].name, hash(Light.RED) == hash(Light.RED), {Light.RED: 1}[Light.STOP])
Light(7)
