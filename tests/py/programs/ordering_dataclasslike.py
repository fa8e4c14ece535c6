# Hand-written dataclass-like records with __eq__/__hash__/__lt__ and functools.total_ordering.
import functools


@functools.total_ordering
class Version:
    __slots__ = ("major", "minor", "patch")

    def __init__(self, text):
        parts = [int(p) for p in text.split(".")]
        parts += [0] * (3 - len(parts))
        self.major, self.minor, self.patch = parts

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return "Version('{}.{}.{}')".format(*self._key())

    def __format__(self, spec):
        if spec == "short":
            return f"{self.major}.{self.minor}"
        return format(str(self._key()), spec)


vs = [Version(t) for t in ["1.10", "1.2.3", "0.9", "1.2", "2", "1.10.0"]]
print(sorted(vs))
print(max(vs), min(vs), vs[0] == vs[-1], vs[0] is vs[-1], len(set(vs)))
print(vs[1] > vs[3], vs[1] >= vs[1], vs[2] <= vs[3], vs[0] != vs[1])
print(f"{vs[0]:short}", f"{vs[1]:>20}", format(vs[2], ""), "{:short}".format(vs[4]))
try:
    vs[0] < "1.0"
except TypeError as e:
    print("TypeError:", e)
print(vs[0] == "1.10", Version.__lt__.__name__, Version.__ge__.__name__)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __eq__(self, other):
        return (type(other) is type(self)) and (self.x, self.y) == (other.x, other.y)


p = Point(1, 2)
print(p == Point(1, 2), p != Point(1, 3), Point.__hash__)
try:
    {p}
except TypeError as e:
    print("TypeError:", e)


class Person:
    fields = ("name", "age", "email")

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"expected at most {len(self.fields)} arguments, got {len(args)}")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in values:
                raise TypeError(f"duplicate value for {k!r}")
            values[k] = v
        for f in self.fields:
            setattr(self, f, values.get(f))

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, Person) else vars(self) == vars(other)

    __hash__ = None

    def replace(self, **changes):
        return type(self)(**{**vars(self), **changes})


people = [Person("Ann", 31, "ann@x.org"), Person("bob", age=25), Person(name="Cy", email=None, age=40)]
print(people)
print(sorted(people, key=lambda p: p.name.lower()))
print(sorted(people, key=lambda p: p.age, reverse=True)[0])
print(people[1].replace(age=26), people[1] == Person("bob", 25), people[1] == 3)
for bad in [lambda: Person(1, 2, 3, 4), lambda: Person(nick="x"), lambda: Person("a", name="b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(people[0])
except TypeError as e:
    print("TypeError:", e)
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records), sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: (r[1], r[0]), reverse=True))
print(sorted("Banana apple Cherry".split()), sorted("Banana apple Cherry".split(), key=str.lower))
print(sorted({3, 1, -5, 10, 2**40, 0}), sorted([3, 1, 2], reverse=True), list(reversed(sorted("hello"))))
