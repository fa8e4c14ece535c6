# Structural pattern matching: class patterns with __match_args__, mappings, sequences, guards.
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Line:
    start: Point
    end: Point


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line x={x1} len {abs(y2 - y1)}"
        case Line(start=Point(y=y1), end=Point(y=y2)) if y1 == y2:
            return f"horizontal at {y1}"
        case Line():
            return "slanted line"
        case Circle(Point(0, 0), r) if r > 10:
            return f"big centred circle {r}"
        case Circle(_, radius=r):
            return f"circle r={r}"
        case _:
            return f"unknown {type(shape).__name__}"


for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Line(Point(1, 1), Point(1, 9)), Line(Point(0, 3), Point(8, 3)), Line(Point(0, 0), Point(1, 2)),
          Circle(Point(0, 0), 11), Circle(Point(1, 0), 2), "str"]:
    print(describe(s))


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"char {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d:+}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "not an event"


for ev in [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [5, 6], "btn": 2, "mod": "s"},
           {"type": "key", "key": "q"}, {"type": "key", "key": "Enter"}, {"type": "scroll", "delta": -2.5},
           {"type": "scroll", "delta": "x"}, {"pos": 1}, [1, 2]]:
    print(handle(ev))


def command(words):
    match words.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *_]:
            return "go where?"
        case ["take", first, *more] if more:
            return f"take {first} and {len(more)} more: {more}"
        case ["take", item]:
            return f"take {item}"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb!r} with {args}"


for cmd in ["", "go north", "go up", "go", "take lamp", "take key coin gem", "quit", "dance wildly now"]:
    print(f"{cmd!r:20} -> {command(cmd)}")


def classify(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s if s.isdigit():
            return "digit string"
        case (a, b):
            return f"pair {a}/{b}"
        case (a, *mid, b):
            return f"seq {a}..{b} mid={mid}"
        case {**kw} if not kw:
            return "empty mapping"
        case _:
            return "other"


for v in [None, True, False, 0, 0.0, -3, 7, 2.5, "123", "abc", (1, 2), [1, 2, 3, 4], "ab", {}, {"k": 1}, b"xy", range(3)]:
    print(repr(v), classify(v))
