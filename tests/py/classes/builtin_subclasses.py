# Subclasses of list, dict and set: the built-in layout plus attributes,
# inherited methods and operators, super().__init__, __missing__, overrides.
class Stack(list):
    def __init__(self, items=(), name="stack"):
        super().__init__(items)
        self.name = name

    def push(self, x):
        self.append(x)
        return self

    def top(self):
        return self[-1]


s = Stack([1, 2], name="s")
s.push(3).push(4)
print(s, len(s), s.top(), s.name, s[1:3], sum(s), isinstance(s, list), type(s).__name__)
print(s + [5], s * 2 == [1, 2, 3, 4] * 2, s == [1, 2, 3, 4], 3 in s, list(reversed(s)))
s.sort(reverse=True)
print(s, sorted(s), vars(s), bool(Stack()), repr(Stack("ab")))


class Default(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value


d = Default(a=1)
print(d["a"], d["hello"], d, len(d), sorted(d.items()), d.get("zz", "none"), "zz" in d)


class Counter(dict):
    def __init__(self, iterable=(), **kwargs):
        super().__init__(**kwargs)
        self.total = 0
        for x in iterable:
            self[x] = self.get(x, 0) + 1
            self.total += 1

    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def get(self, key, default=None):
        return super().get(key.upper(), default)


c = Counter("abcab", z=9)
print(sorted(c.items()), c.total, c["a"], c.get("B"), dict(c) == {"A": 2, "B": 2, "C": 1, "z": 9})


class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)


t = Tags([3, 1])
t.add_all(2, 3)
t.label = "tags"
print(sorted(t), len(t), t.label, t | {9} == {1, 2, 3, 9}, isinstance(t, set), 2 in t)


class Plain(list):
    pass


p = Plain([3, 1, 2])
p.x = 1
print(p, p.x, Plain() == [], p.__class__.__name__, vars(p))


class Slotted(list):
    __slots__ = ("tag",)


sl = Slotted([1])
sl.tag = "t"
print(sl, sl.tag)
try:
    sl.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return "Point" + super().__repr__()


pt = Point(1, 2)
print(pt, pt.x, pt[1], len(pt), pt == (1, 2), type(pt).__name__, isinstance(pt, tuple))


class Shout(str):
    def shout(self):
        return self.upper() + "!"


sh = Shout("hi")
print(sh.shout(), sh + "x", len(sh), sh == "hi", type(sh + "x").__name__)


class Hashable(list):
    def __hash__(self):
        return 5


print(hash(Hashable()))
hash(Plain())
