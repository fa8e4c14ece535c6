# Held-out: structural pattern matching on literals, sequences, mappings, classes, guards.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "":
            return "empty string"
        case str(s) if s.startswith("cmd:"):
            return f"command {s[4:]}"
        case str():
            return f"string {obj!r}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return f"on axis {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Line(Point(x1, y1), Point(x2, y2)):
            return f"line ({x1},{y1})-({x2},{y2})"
        case Circle((cx, cy), r):
            return f"circle at {cx},{cy} r={r}"
        case (1, 2) | (2, 1):
            return "one-two tuple"
        case _:
            return f"other {type(obj).__name__}"


tests = [None, True, 0, -5, 7, 2.5, "", "cmd:run", "hi", [], [9], [1, 2], (1, 2, 3), [1, 2, 3, 4],
         {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": "admin"}, {"kind": 1},
         Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2),
         Line(Point(0, 1), Point(2, 3)), Circle((1, 1), 5), {1, 2}, range(3), "x" * 3]
for t in tests:
    print(repr(t)[:40] if not isinstance(t, Circle) else "Circle", "->", describe(t))


def calc(tokens):
    match tokens:
        case [("+" | "-") as op, a, b]:
            return a + b if op == "+" else a - b
        case ["neg", a]:
            return -a
        case [op, *args]:
            raise ValueError(f"unknown op {op!r} with {len(args)} args")


print(calc(["+", 2, 3]), calc(["-", 2, 3]), calc(["neg", 4]))
try:
    calc(["*", 1, 2])
except ValueError as e:
    print(e)


def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return "server error"
    return "unknown"


print([http(s) for s in (200, 201, 404, 503, 302)])
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match "hello world".split():
    case [greet, who]:
        print(greet.upper(), who)
