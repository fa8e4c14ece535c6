# Enums: Enum, IntEnum, Flag, IntFlag, auto, aliases, members, iteration; ends uncaught.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]

    @classmethod
    def parse(cls, text):
        return cls[text.strip().upper()]


print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], Color.RED.hex)
print(repr(Color.GREEN), str(Color.GREEN), Color.GREEN.name, Color.GREEN.value, len(Color))
print(list(Color.__members__), Color.parse(" blue "), Color.RED in Color, isinstance(Color.RED, Color))
print(Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.CRIMSON), sorted(Color, key=lambda c: -c.value))
print({c: c.value for c in Color}, f"{Color.RED}|{Color.RED!r}|{Color.RED.name:>6}|")


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, f"{p.gravity:.2f}", p.value)


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(list(Level), Level.MID + 1, Level.HIGH > Level.LOW, sorted([Level.HIGH, 0, Level.LOW]), int(Level.MID))
print(Level(3), Level.MID == 2, f"{Level.HIGH}", str(Level.LOW), repr(Level.LOW), [1, 2, 3][Level.LOW])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(rw & Perm.W, rw ^ Perm.R, ~Perm.R, list(Perm.R | Perm.X), Perm(7), Perm.X.value)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.EXEC
print(m, repr(m), m == 5, m | 2, Mode(6), Mode.WRITE & 3, Mode(0))


class Status(str, Enum):
    ACTIVE = "active"
    DONE = "done"

    def __str__(self):
        return self.value


print(Status("done"), Status.ACTIVE == "active", Status.ACTIVE.upper(), f"{Status.DONE}", repr(Status.DONE))


class Weekday(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    MON = auto()
    TUE = auto()


print(Weekday.MON.value, [w.value for w in Weekday])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
Dyn = Enum("Dyn", "ALPHA BETA GAMMA")
print(list(Dyn), Dyn.BETA.value, Dyn(3))


def lookup(code):
    try:
        return Color(code)
    except ValueError:
        raise LookupError(f"no colour with code {code}") from None


print(lookup(3))
print(lookup(42))
