# Structural pattern matching over a small expression AST with class
# patterns, __match_args__, guards, mapping and sequence patterns.
from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


class Call:
    __match_args__ = ("func", "args")

    def __init__(self, func, *args):
        self.func = func
        self.args = list(args)


Expr = Union[Num, Var, BinOp, Call]


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)) if op in "+-*":
            return Num({"+": a + b, "-": a - b, "*": a * b}[op])
        case BinOp(op, l, r):
            nl, nr = simplify(l), simplify(r)
            if (nl, nr) != (l, r):
                return simplify(BinOp(op, nl, nr))
            return e
        case Call("neg", [Num(v)]):
            return Num(-v)
        case Call(f, args):
            return Call(f, *map(simplify, args))
        case _:
            return e


def show(e):
    match e:
        case Num(value=v) if v == int(v):
            return str(int(v))
        case Num(v):
            return repr(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(show(a) for a in args)})"
    raise TypeError(f"not an expression: {e!r}")


exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("-", Num(2.5), Num(0.25)),
    Call("neg", BinOp("+", Num(4), Num(0))),
    Call("max", Var("a"), BinOp("*", Num(0), Var("b")), Num(7)),
]
for e in exprs:
    print(f"{show(e):<28} => {show(simplify(e))}")


def describe(obj):
    match obj:
        case {"type": "point", "x": int(x), "y": int(y), **rest}:
            return f"point {x},{y} extra={sorted(rest)}"
        case {"type": str(t)}:
            return f"unknown type {t}"
        case [first, *middle, last] if middle:
            return f"seq {first}..{last} ({len(middle)} inside)"
        case [x] | (x,):
            return f"singleton {x!r}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case int(n) | float(n) if n < 0:
            return "negative"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case None:
            return "nothing"
        case _:
            return f"other {type(obj).__name__}"


for o in [{"type": "point", "x": 1, "y": 2, "c": 3, "a": 0}, {"type": "circle"}, [1, 2, 3, 4],
          (9,), "hi", b"by", -3.5, True, 12, None, {1, 2}, [1, 2], {"type": 5}]:
    print(describe(o))

try:
    show(42)
except TypeError as e:
    print("TypeError:", e)
print(Call.__match_args__, Num.__match_args__, BinOp("+", Num(1), Num(2)) == BinOp("+", Num(1), Num(2)))
