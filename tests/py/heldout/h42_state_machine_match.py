# Held-out: a vending machine state machine with enum and match statements.
from enum import Enum, auto, IntEnum, Flag


class State(Enum):
    IDLE = auto()
    COLLECTING = auto()
    VENDING = auto()
    BROKEN = auto()


class Coin(IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Machine:
    PRICES = {"cola": 65, "chips": 50, "gum": 15}

    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.stock = {"cola": 2, "chips": 0, "gum": 5}
        self.log = []

    def handle(self, event):
        match (self.state, event):
            case (State.BROKEN, _):
                return "out of order"
            case (_, ("coin", Coin() as c)) | (_, ("coin", (5 | 10 | 25) as c)):
                self.credit += int(c)
                self.state = State.COLLECTING
                return f"credit {self.credit}"
            case (_, ("coin", bad)):
                return f"rejected {bad!r}"
            case (State.COLLECTING, ("select", str(name))) if name in self.PRICES:
                price = self.PRICES[name]
                if self.stock[name] == 0:
                    return f"{name} sold out"
                if self.credit < price:
                    return f"need {price - self.credit} more"
                self.stock[name] -= 1
                self.credit -= price
                self.state = State.VENDING
                return f"vend {name}"
            case (State.VENDING, "take"):
                change, self.credit = self.credit, 0
                self.state = State.IDLE
                return f"change {change}" if change else "thanks"
            case (_, {"kick": int(force)}) if force > 3:
                self.state = State.BROKEN
                return "broken!"
            case (_, {"kick": _, **rest}):
                return f"ouch {sorted(rest)}"
            case (state, [*cmds]) if cmds and all(isinstance(c, str) for c in cmds):
                return [self.handle(c) for c in cmds]
            case (state, other):
                return f"ignored {other!r} in {state.name}"


m = Machine()
events = [("coin", Coin.QUARTER), ("coin", 3), ("select", "cola"), ("coin", 25), ("coin", 10),
          ("coin", 10), ("select", "cola"), "take", ("coin", Coin.DIME), ("select", "chips"),
          ("select", "tea"), {"kick": 1, "side": "left"}, ["take", "dance"], ("coin", 25),
          ("select", "gum"), "take", {"kick": 9}, ("coin", 5)]
for ev in events:
    print(f"{m.state.name:<10} {str(ev):<28} -> {m.handle(ev)}")

print(list(State), State(2), State["VENDING"].value, State.IDLE is State(1))
print(Coin.DIME + Coin.NICKEL, Coin(25).name, sorted(Coin, reverse=True), Coin.QUARTER > 20)
rw = Perm.R | Perm.W
print(rw, Perm.X in rw, Perm.W in rw, rw & Perm.R, bool(Perm.X & rw), Perm(7))
print(repr(State.IDLE), repr(Coin.DIME), str(Coin.DIME), f"{Coin.DIME}", format(State.BROKEN))


def classify(obj):
    match obj:
        case None:
            return "none"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str() as s if s.isupper():
            return "shout"
        case [x, y, *rest]:
            return f"seq {x},{y} +{len(rest)}"
        case {"type": "point", "x": x, "y": y}:
            return f"point({x},{y})"
        case complex(real=r, imag=i):
            return f"complex {r}/{i}"
        case _:
            return f"other {type(obj).__name__}"


for o in [None, True, -5, 7, 2.5, "", "HEY", "hey", (1, 2), [1, 2, 3, 4], {"type": "point", "x": 1, "y": 2, "z": 0}, 3j, {1}]:
    print(classify(o))
