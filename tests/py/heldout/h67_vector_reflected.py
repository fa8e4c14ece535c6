# Operator overloading: reflected and in-place operators, NotImplemented,
# __eq__/__hash__ interplay, __format__.
import math
from functools import total_ordering


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)

    def __rsub__(self, other):
        if isinstance(other, (int, float)):
            return Vec(other - self.x, other - self.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class MutVec(Vec):
    __slots__ = ()

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    __hash__ = None


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        return "Money(%d.%02d)" % divmod(self.cents, 100)


a, b = Vec(1, 2), Vec(3.5, -1)
print(a + b, a - b, 10 - a, 2 * a, a * 3, a * b, a @ b, -a)
print(1 + a, sum([a, b, Vec(0, 0)], Vec(0, 0)))
print(abs(Vec(3, 4)), bool(Vec(0, 0)), bool(a))
print(f"{b:.2f}|{a}|{a:>4}|{format(b, '+.1e')}")
print(a == Vec(1, 2), a != Vec(1, 2), a == (1, 2), a != "x")
print(len({a, Vec(1, 2), Vec(2, 1)}))
m = MutVec(1, 1)
alias = m
m += Vec(2, 3)
print(m, alias is m, m == Vec(3, 4))
v = Vec(1, 1)
v2 = v
v += Vec(1, 1)
print(v, v2, v is v2)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
try:
    a - 5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" @ a
except TypeError as e:
    print("TypeError:", e)
ms = [Money(250), Money(99), Money(1000), Money(99)]
print(sorted(ms), max(ms), Money(5) >= Money(5), Money(6) <= Money(5))
try:
    Money(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(Vec.__slots__, hasattr(a, "__dict__"))
try:
    a.z = 3
except AttributeError as e:
    print("AttributeError:", e)
