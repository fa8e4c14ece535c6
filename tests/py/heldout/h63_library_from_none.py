# Held-out: a library lending system with __str__/__repr__/__format__; ends with an uncaught error raised from None.
from datetime import date, timedelta


class LibraryError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year

    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"

    def __str__(self):
        return f"“{self.title}” by {self.author} ({self.year})"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.title[:12]:<12}"
        return format(str(self), spec)

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}

    def __str__(self):
        return self.name


class Student(Member):
    LIMIT = 1


class Library:
    def __init__(self, books):
        self.catalog = {b.isbn: b for b in books}
        self.out = {}
        self.today = date(2024, 3, 1)

    def lend(self, member, isbn):
        try:
            book = self.catalog[isbn]
        except KeyError:
            raise LibraryError(f"no such book {isbn}") from None
        if isbn in self.out:
            raise LibraryError(f"{book:short} is out with {self.out[isbn]}")
        if len(member.loans) >= member.LIMIT:
            raise LibraryError(f"{member} reached limit {member.LIMIT}")
        self.out[isbn] = member
        member.loans[isbn] = self.today + timedelta(days=14)
        return member.loans[isbn]

    def give_back(self, member, isbn):
        due = member.loans.pop(isbn)
        del self.out[isbn]
        late = (self.today - due).days
        return max(0, late) * 0.25


books = [Book("111", "Dune", "Frank Herbert", 1965), Book("222", "Neuromancer", "William Gibson", 1984),
         Book("333", "The Left Hand of Darkness", "Ursula K. Le Guin", 1969), Book("444", "Solaris", "Stanisław Lem", 1961)]
lib = Library(books)
ann, ben = Member("Ann"), Student("Ben")
for m, isbn in [(ann, "111"), (ben, "111"), (ben, "333"), (ben, "222"), (ann, "999"), (ann, "444"), (ann, "222")]:
    try:
        print(f"{m} borrows {lib.catalog[isbn]:short} due {lib.lend(m, isbn):%d %b}" if isbn in lib.catalog else lib.lend(m, isbn))
    except LibraryError as e:
        print("refused:", e, "| context suppressed:", e.__suppress_context__)
lib.today += timedelta(days=20)
print("fine", lib.give_back(ann, "111"), "fine", lib.give_back(ben, "333"))
for b in sorted(lib.catalog.values(), key=lambda b: (b.year, b.title)):
    print(f"{b:>52}|")
print([str(b) for b in books[:1]], repr(books[1]), {books[0], Book("111", "copy", "x", 0)})
print(f"{books[2]:short}|{books[3]!s:.10}|{books[3]!r}")


def report(lib, isbns):
    lines = []
    for i in isbns:
        lines.append(f"{i}: {lib.catalog[i].title} -> {lib.out.get(i, 'shelf')}")
    return lines


print("\n".join(report(lib, ["111", "444"])))


def overdue(lib, member_name, members):
    try:
        member = members[member_name]
    except KeyError:
        raise LibraryError(f"unknown member {member_name!r}") from None
    return [i for i, due in member.loans.items() if due < lib.today]


members = {"Ann": ann, "Ben": ben}
print(overdue(lib, "Ann", members))
print(overdue(lib, "Cat", members))
