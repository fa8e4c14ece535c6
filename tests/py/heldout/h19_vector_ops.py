# Held-out: operator overloading with reflected/in-place forms, NotImplemented, container dunders.
import math


class Vec:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vec{self.xs}"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def __contains__(self, v):
        return v in self.xs

    def __bool__(self):
        return any(self.xs)

    def _coerce(self, other):
        if isinstance(other, Vec):
            if len(other) != len(self):
                raise ValueError(f"length mismatch: {len(self)} vs {len(other)}")
            return other.xs
        if isinstance(other, (int, float)):
            return (other,) * len(self)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.xs, o)))

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(a - b for a, b in zip(self.xs, o)))

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Vec(*(b - a for a, b in zip(self.xs, o)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self, k))
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(*(a * k for a in self.xs))

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        return self * other

    def __truediv__(self, k):
        return Vec(*(a / k for a in self.xs))

    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.xs))

    def __neg__(self):
        return Vec(*(-a for a in self.xs))

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(*self.xs)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __hash__(self):
        return hash(self.xs)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __iadd__(self, other):
        print("iadd called")
        return self + other

    def __round__(self, n=0):
        return Vec(*(round(a, n) for a in self.xs))

    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self.xs) + ">"


v = Vec(1, 2, 3)
w = Vec(4.5, -1, 0)
print(v + w, w - v, 10 - v, v + 1, 2 + v, v * 2, 3 * v, v * w, v @ w, -v, +v, abs(Vec(3, 4)))
print(v / 2, v // 2, round(w / 3, 2), f"{w:.2f}", f"{v:>4}", format(v, "03d"))
print(len(v), v[0], v[-1], v[1:], v[::-1], 2 in v, 7 in v, list(v), bool(Vec(0, 0)), bool(v))
print(v == Vec(1, 2, 3), v != w, v == (1, 2, 3), {v, Vec(1, 2, 3), w} == {v, w}, sorted([w, v, Vec(0, 1, 0)]))
u = v
u += Vec(1, 1, 1)
print(u, v, u is v)
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - v
except TypeError as e:
    print("TypeError:", e)
try:
    v * None
except TypeError as e:
    print("TypeError:", e)
try:
    v + Vec(1)
except ValueError as e:
    print("ValueError:", e)
try:
    v < 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sum([Vec(1, 1), Vec(2, 2), Vec(3, 3)], Vec(0, 0)), max([w, v]), min(v))
a, *rest = v
print(a, rest, [*v, *w], dict(zip("abc", v)))
print(divmod(7, 2), pow(Vec(1, 2)[1], 10), 2 ** Vec(1, 5)[1])


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Money):
            return self.cents < other.cents
        return NotImplemented

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


print(Money(150) == Money(150), Money(1) == 1, Money(5) > Money(2), sorted([Money(300), Money(5), Money(120)]))
try:
    Money(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(Money(1).__hash__ is None, Money.__eq__(Money(1), 3))
