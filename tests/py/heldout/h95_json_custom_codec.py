# JSON round trip with a custom encoder/decoder, object_hook, and formatting options.
import json
from dataclasses import dataclass, asdict
from datetime import date
from enum import Enum
from fractions import Fraction


class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass
class Ticket:
    id: int
    title: str
    status: Status
    opened: date
    weight: Fraction
    tags: tuple = ()


class TicketEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Ticket):
            d = asdict(o)
            d["__ticket__"] = True
            return d
        if isinstance(o, Enum):
            return {"__enum__": type(o).__name__, "value": o.value}
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Fraction):
            return {"__frac__": [o.numerator, o.denominator]}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__frac__" in d:
        return Fraction(*d["__frac__"])
    if "__enum__" in d:
        return Status(d["value"])
    if d.pop("__ticket__", False):
        d["tags"] = tuple(d["tags"])
        return Ticket(**d)
    return d


tickets = [
    Ticket(1, "Crash on start", Status.OPEN, date(2024, 2, 29), Fraction(3, 4), ("bug", "p1")),
    Ticket(2, "Café menu ünïcode", Status.CLOSED, date(1999, 12, 31), Fraction(5)),
]
text = json.dumps({"tickets": tickets, "labels": {"x", "a", "m"}}, cls=TicketEncoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back["tickets"] == tickets, back["labels"])
print(back["tickets"][1])

print(json.dumps(tickets[0], cls=TicketEncoder, separators=(",", ":"), ensure_ascii=False, sort_keys=True))
print(json.dumps("Café ☃ \u2028 \x07 \"q\" \\"))
print(json.dumps("Café ☃", ensure_ascii=False))
print(json.dumps([1.0, 1e20, 1e-7, -0.0, 10**30, True, None, float("inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"k": object()})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({3: "int", 2.5: "float", True: "bool", None: "none"}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"abc', '[1] x', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:12} -> {e.msg} | line {e.lineno} col {e.colno} pos {e.pos}")

print(json.loads('{"a": [1, 2.50, -3e2, "\\u00e9\\ud83d\\ude00"], "b": {"c": null}}'))
print(json.loads('[1, 2.5, 3]', parse_float=Fraction, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.dumps([[], {}, [[]], {"a": []}], indent=0))
print(json.dumps({"z": 1, "y": [1, {"x": 2}]}, indent="\t"))
print(json.JSONDecoder().raw_decode('{"k": 1} trailing'))
