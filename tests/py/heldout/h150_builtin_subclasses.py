# Subclasses of builtins with super(): dict with __missing__, validated list, case-insensitive str, int units.
class DefaultCounter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] += n
        return self


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no key {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value


class LoggingDict(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.log.append(("del", key))
        super().__delitem__(key)


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__(self._check(x) for x in items)

    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"{type(self).__name__}[{self.kind.__name__}] rejects {x!r}")
        return x

    def append(self, x):
        super().append(self._check(x))

    def __add__(self, other):
        return TypedList(self.kind, list(self) + list(other))

    def __repr__(self):
        return f"TypedList<{self.kind.__name__}>{super().__repr__()}"


class CIStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value)

    def __eq__(self, other):
        return isinstance(other, str) and self.casefold() == other.casefold()

    def __hash__(self):
        return hash(self.casefold())

    def __contains__(self, sub):
        return sub.casefold() in self.casefold()


class Meters(int):
    def __new__(cls, value, unit="m"):
        factor = {"m": 1, "km": 1000, "cm": 0.01}[unit]
        return super().__new__(cls, round(value * factor))

    def __add__(self, other):
        return Meters(int(self) + int(other))

    __radd__ = __add__

    def __repr__(self):
        return f"{int(self)}m"

    def __str__(self):
        return f"{self / 1000:.2f} km" if self >= 1000 else f"{int(self)} m"


c = DefaultCounter()
for word in "the cat and the hat and the bat".split():
    c.add(word)
print(c, c["dog"], "dog" in c, len(c), isinstance(c, dict), type(c).__name__)
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])), c.get("dog"), dict(c) == c)

a = AttrDict(name="widget", size=3)
a.color = "red"
print(a, a.name, a.size + 1, a.color)
try:
    a.weight
except AttributeError as e:
    print("AttributeError:", e)

ld = LoggingDict({"x": 1}, y=2)
ld["z"] = 3
ld.update(w=4)
ld.setdefault("v", 5)
del ld["x"]
print(ld, ld.log)

t = TypedList(int, [1, 2, 3])
t.append(4)
t.extend([5])
t += [6]
print(t, t + [7], type(t + [7]).__name__, t[1:3], type(t[1:3]).__name__, sorted(t, reverse=True)[:2])
try:
    t.append("8")
except TypeError as e:
    print(e)

s = CIStr("Hello World")
print(s == "hello world", s != "HELLO WORLD", "WORLD" in s, s.upper(), type(s.upper()).__name__, len({s, CIStr("HELLO world")}))
print(s[:5], type(s[:5]).__name__, s + "!", repr(s), f"{s:>14}|", s.split())

d1, d2 = Meters(1.5, "km"), Meters(250)
print(repr(d1), str(d2), d1 + d2, sum([d1, d2, Meters(30, "cm")]), repr(sum([d1, d2])), d1 * 2, type(d1 * 2).__name__)
print(max(Meters(3), Meters(10), Meters(7)), sorted([Meters(5), Meters(2, "km"), Meters(1)]), isinstance(d1, int), d1.bit_length())
print(DefaultCounter.__mro__[1].__name__, TypedList.__base__, Meters.__bases__, issubclass(CIStr, str))
