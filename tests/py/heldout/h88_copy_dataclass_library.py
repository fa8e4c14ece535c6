# Library catalogue: dataclasses with __post_init__, field options,
# copy/deepcopy with __copy__/__deepcopy__, __eq__/__hash__ rules,
# typing annotations, asdict/astuple/replace.
import copy
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import Optional, ClassVar


@dataclass(frozen=True)
class ISBN:
    code: str

    def __post_init__(self):
        digits = self.code.replace("-", "")
        if len(digits) != 13 or not digits.isdigit():
            raise ValueError(f"bad ISBN {self.code!r}")

    def __str__(self):
        return self.code


@dataclass
class Book:
    title: str
    author: str
    isbn: ISBN
    year: int = 2000
    tags: list[str] = field(default_factory=list)
    borrower: Optional[str] = field(default=None, compare=False)
    total: ClassVar[int] = 0

    def __post_init__(self):
        Book.total += 1
        self.title = self.title.strip()


@dataclass(eq=False)
class Shelf:
    name: str
    books: list = field(default_factory=list)

    def __copy__(self):
        new = Shelf(self.name + " (copy)")
        new.books = self.books
        return new

    def __deepcopy__(self, memo):
        new = Shelf(self.name + " (deep)")
        memo[id(self)] = new
        new.books = copy.deepcopy(self.books, memo)
        return new


b1 = Book(" Dune ", "Herbert", ISBN("978-0441172719"), 1965, ["sf"])
b2 = Book("Emma", "Austen", ISBN("978-0141439587"), tags=["classic", "romance"])
print(b1)
print(b2, Book.total)
print(b1 == replace(b1, borrower="zoe"), b1 == replace(b1, year=1966), hash(b1.isbn) == hash(ISBN("978-0441172719")))
try:
    hash(b1)
except TypeError as e:
    print("TypeError:", e)
try:
    b1.isbn.code = "x"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    ISBN("123")
except ValueError as e:
    print("ValueError:", e)
print(asdict(b2))
print(astuple(b1))
print([f.name for f in fields(Book)], [f.default for f in fields(Book)][3], fields(Book)[4].default_factory)
print(Book.__annotations__)
shelf = Shelf("main", [b1, b2])
shallow = copy.copy(shelf)
deep = copy.deepcopy(shelf)
shelf.books.append(Book("Ulysses", "Joyce", ISBN("978-0199535675"), 1922))
print(shallow.name, len(shallow.books), deep.name, len(deep.books), deep.books[0] == b1, deep.books[0] is b1)
print(shelf == copy.copy(shelf), shelf == shelf)
nested = {"a": [1, [2, 3]], "b": (4, [5])}
c1, c2 = copy.copy(nested), copy.deepcopy(nested)
nested["a"][1].append(99)
nested["b"][1].append(6)
print(c1, c2)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared, copy.deepcopy((1, "a")) == (1, "a"))
by_decade = {}
for b in sorted(shelf.books, key=lambda b: (b.year, b.title)):
    by_decade.setdefault(b.year // 10 * 10, []).append(b.title)
print(by_decade)
b2.borrower = "ann"
print(b2.borrower, b2 == replace(b2, borrower=None), repr(b2)[:60])


@dataclass(order=True, unsafe_hash=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s: str) -> "Version":
        return cls(*map(int, s.split(".")))


vs = [Version.parse(s) for s in ["1.10.0", "1.2", "0.9.9", "1.2.0", "2"]]
print(sorted(vs), len(set(vs)), max(vs), Version(1, 2) == Version.parse("1.2.0"))
print(Version.parse("3.x"))
