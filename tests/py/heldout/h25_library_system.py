# Held-out: a small library system: classes, dict/set bookkeeping, exceptions, sorting, report formatting.
from collections import defaultdict
from datetime import date, timedelta


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, title, due):
        super().__init__(f"{title!r} is checked out until {due:%Y-%m-%d}")
        self.title = title
        self.due = due


class Book:
    _next_id = 1

    def __init__(self, title, author, year, tags=()):
        self.id = Book._next_id
        Book._next_id += 1
        self.title = title
        self.author = author
        self.year = year
        self.tags = frozenset(tags)

    def __repr__(self):
        return f"Book({self.id}, {self.title!r})"

    def __lt__(self, other):
        return (self.author.split()[-1], self.year) < (other.author.split()[-1], other.year)


class Library:
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.loans = {}
        self.history = defaultdict(list)

    def add(self, *books):
        for b in books:
            self.books[b.id] = b
        return self

    def checkout(self, book_id, member, today):
        book = self.books.get(book_id)
        if book is None:
            raise LibraryError(f"no book with id {book_id}")
        if book_id in self.loans:
            raise NotAvailable(book.title, self.loans[book_id][1])
        due = today + timedelta(days=self.LOAN_DAYS)
        self.loans[book_id] = (member, due)
        self.history[member].append(book_id)
        return due

    def checkin(self, book_id, today):
        member, due = self.loans.pop(book_id)
        late = (today - due).days
        return max(0, late) * 0.25

    def by_tag(self):
        index = defaultdict(set)
        for b in self.books.values():
            for t in b.tags:
                index[t].add(b.id)
        return {t: sorted(ids) for t, ids in sorted(index.items())}

    def report(self, today):
        lines = [f"{'ID':>3} {'Title':<28} {'Author':<18} {'Year':>4}  Status"]
        for b in sorted(self.books.values()):
            if b.id in self.loans:
                member, due = self.loans[b.id]
                status = f"out ({member}, due {due.isoformat()}{', LATE' if due < today else ''})"
            else:
                status = "in"
            lines.append(f"{b.id:>3} {b.title[:28]:<28} {b.author:<18} {b.year:>4}  {status}")
        return "\n".join(lines)


lib = Library().add(
    Book("Dune", "Frank Herbert", 1965, ["scifi", "classic"]),
    Book("Neuromancer", "William Gibson", 1984, ["scifi", "cyberpunk"]),
    Book("The Left Hand of Darkness", "Ursula K. Le Guin", 1969, ["scifi"]),
    Book("Emma", "Jane Austen", 1815, ["classic", "romance"]),
    Book("Persuasion", "Jane Austen", 1817, ["classic"]),
)
d0 = date(2024, 3, 1)
print(lib.checkout(1, "ann", d0), lib.checkout(4, "bob", d0 + timedelta(days=3)))
for attempt in [(1, "cat"), (9, "cat")]:
    try:
        lib.checkout(*attempt, d0)
    except NotAvailable as e:
        print("NotAvailable:", e, e.title)
    except LibraryError as e:
        print("LibraryError:", e)
print(lib.report(date(2024, 3, 16)))
print(f"fine: {lib.checkin(1, date(2024, 3, 20)):.2f}", f"fine: {lib.checkin(4, date(2024, 3, 10)):.2f}")
print(lib.by_tag())
print(dict(lib.history), sorted(lib.books.values())[:2], max(lib.books.values(), key=lambda b: len(b.title)))
authors = defaultdict(list)
for b in lib.books.values():
    authors[b.author].append(b.year)
print({a: (min(y), max(y), len(y)) for a, y in sorted(authors.items(), key=lambda kv: kv[0].split()[-1])})
print(sum(1 for b in lib.books.values() if "classic" in b.tags), sorted({t for b in lib.books.values() for t in b.tags}))
