# Subclasses of the built-in iterator types: extra state through __new__ or
# __init__, overridden __next__ with super(), attributes, and reversed's
# __new__ returning a sequence's own reverse iterator.


class Numbered(enumerate):
    def __new__(cls, iterable, start=0, tag="n"):
        self = super().__new__(cls, iterable, start)
        self.tag = tag
        return self

    def __next__(self):
        i, x = super().__next__()
        return f"{self.tag}{i}", x


class Pairs(zip):
    def __init__(self, *its, strict=False):
        self.count = 0

    def __next__(self):
        self.count += 1
        return super().__next__()


class Squares(map):
    def __new__(cls, iterable):
        return super().__new__(cls, lambda x: x * x, iterable)


class Evens(filter):
    def __new__(cls, iterable):
        return super().__new__(cls, lambda x: x % 2 == 0, iterable)

    def __repr__(self):
        return "<Evens>"


class Backwards(reversed):
    pass


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


n = Numbered("xyz", 1, tag="#")
print(list(n), n.tag, type(n).__name__, isinstance(n, enumerate))
p = Pairs([1, 2, 3], "ab")
print(list(p), p.count, iter(p) is p)
print(list(Squares(range(5))), sum(Squares([1, 2, 3])))
e = Evens(range(10))
print(repr(e), list(e), list(e))
b = Backwards((1, 2, 3))
print(type(b).__name__, list(b), b.__length_hint__())
print(type(Backwards([1, 2])).__name__, list(Backwards([1, 2])))
print(type(Backwards(Seq())).__name__, list(Backwards(Seq())))
print(type(Backwards(range(3))).__name__, list(Backwards({"a": 1, "b": 2})))
try:
    Pairs([1], [2, 3], strict=True).__next__()
    list(Pairs([1], [2, 3], strict=True))
except ValueError as exc:
    print("ValueError", exc)
try:
    Backwards(5)
except TypeError as exc:
    print("TypeError", exc)
n2 = Numbered([])
n2.extra = [1]
print(vars(n2), list(n2))
