# Library loans processed with structural pattern matching: class patterns with dataclasses, mappings with **rest, guards, star patterns.
from dataclasses import dataclass
from datetime import date


@dataclass
class Book:
    isbn: str
    title: str
    copies: int = 1


@dataclass
class Member:
    name: str
    level: str = "basic"


@dataclass
class Loan:
    member: Member
    book: Book
    due: date


class Point2:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


catalog = {b.isbn: b for b in [Book("111", "Dune", 2), Book("222", "Emma"), Book("333", "Ulysses", 0)]}
members = {m.name: m for m in [Member("ann", "gold"), Member("bob")]}
loans = []


def handle(event):
    match event:
        case {"op": "borrow", "member": str(who), "isbn": isbn, **rest} if who in members:
            book = catalog.get(isbn)
            match book:
                case None:
                    return f"unknown isbn {isbn}"
                case Book(copies=0, title=t):
                    return f"{t!r} unavailable"
                case Book(title=t):
                    days = 28 if members[who].level == "gold" else 14
                    book.copies -= 1
                    loans.append(Loan(members[who], book, date(2024, 5, 1).replace(day=1 + days)))
                    extra = f" (ignored {sorted(rest)})" if rest else ""
                    return f"{who} borrowed {t}{extra}"
        case {"op": "borrow", "member": who}:
            return f"not a member: {who!r}"
        case {"op": "return", "isbn": isbn}:
            for loan in loans:
                match loan:
                    case Loan(Member(name), Book(isbn=i) as b, due) if i == isbn:
                        loans.remove(loan)
                        b.copies += 1
                        return f"{name} returned {b.title}, was due {due:%d %b}"
            return f"no loan for {isbn}"
        case {"op": "report"}:
            return [(l.member.name, l.book.title) for l in loans]
        case ["bulk", *events] if events:
            return [handle(e) for e in events]
        case ("ping" | "hello") as word:
            return word.upper()
        case [int(a), int(b)] | (int(a), int(b), _):
            return a + b
        case Point2(0, 0):
            return "origin"
        case Point2(x, 0) | Point2(0, x):
            return f"on an axis at {x}"
        case Point2(x=float() | int() as x, y=y) if x == y:
            return f"diagonal {x}"
        case {"op": op, **rest}:
            return f"unknown op {op} with keys {sorted(rest)}"
        case str() | bytes():
            return f"text {event!r}"
        case _:
            return f"cannot handle {type(event).__name__}"


events = [
    {"op": "borrow", "member": "ann", "isbn": "111", "note": "gift", "rush": True},
    {"op": "borrow", "member": "bob", "isbn": "111"},
    {"op": "borrow", "member": "bob", "isbn": "111"},
    {"op": "borrow", "member": "bob", "isbn": "333"},
    {"op": "borrow", "member": "cat", "isbn": "222"},
    {"op": "borrow", "member": 7, "isbn": "222"},
    {"op": "report"},
    {"op": "return", "isbn": "111"},
    {"op": "return", "isbn": "999"},
    ["bulk", {"op": "borrow", "member": "bob", "isbn": "222"}, "ping"],
    ["bulk"],
    "hello", [1, 2], (3, 4, "x"), [1, 2, 3], Point2(0, 0), Point2(5, 0), Point2(0, 2.5), Point2(3, 3), Point2(1, 2),
    {"op": "renew", "isbn": "1", "days": 3}, b"raw", 3.5,
]
for ev in events:
    print(handle(ev))
print({isbn: b.copies for isbn, b in catalog.items()}, len(loans))
