# Held-out: operator overloading on a Vector and Matrix type with NotImplemented handling.
import math
from functools import total_ordering


class Vector:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vector{self.xs}"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]

    def __add__(self, other):
        if isinstance(other, Vector):
            if len(other) != len(self):
                raise ValueError("dimension mismatch")
            return Vector(*(a + b for a, b in zip(self.xs, other.xs)))
        return NotImplemented

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self.xs))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self.xs))
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.xs, k.xs))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __truediv__(self, k):
        return Vector(*(a / k for a in self.xs))

    def __abs__(self):
        return math.hypot(*self.xs)

    def __bool__(self):
        return any(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __hash__(self):
        return hash(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __round__(self, n=None):
        return Vector(*(round(a, n) for a in self.xs))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __radd__(self, other):
        return other + len(self.items)


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, -v, v * 2, 3 * v, v * w, v @ w, w / 2, abs(Vector(3, 4)))
print(bool(Vector(0, 0)), bool(v), v == Vector(1, 2, 3), v != w, len({v, Vector(1, 2, 3), w}))
print(v[1], v[::-1], list(v), round(Vector(1.26, 2.71), 1), sum([v, w], Vector(0, 0, 0)))
for expr in [lambda: v + 1, lambda: v * "a", lambda: v + Vector(1), lambda: 1 - v, lambda: v < w]:
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
vs = sorted(Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.10.0"])
print(vs, Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.99"), max(vs))
print(Version("1.0") == "1.0", Version("1.0").__eq__("x"))
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)
a = Acc()
a += 1
a += "two"
print(a.items, 10 + a, sum([a, a], 0) if False else 5 + a)
v2 = v
v2 += w
print(v2, v, v2 is v)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Vector.__slots__, hasattr(v, "__dict__"))
