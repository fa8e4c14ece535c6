# Subclasses of int and float: construction, attributes, overrides, inherited
# arithmetic, hashing, formatting, and bool staying final.


class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)!r})"


c = Celsius(21.5)
print(c, repr(c), str(c), c.fahrenheit())
print(type(c).__name__, isinstance(c, float), isinstance(c, Celsius))
print(type(c + 1).__name__, c + 1, c * 2, -c, abs(Celsius(-3.0)), c > 20, c == 21.5)
print(f"{c:.2f}", "%.1f" % c, "%d" % c, format(c, "08.3f"), round(c), int(c))
print(float(c), type(float(c)).__name__, hash(c) == hash(21.5), c.real, c.is_integer())
c.unit = "C"
print(c.unit, c.__dict__, vars(c))
print(Celsius(), Celsius("1.25"), Celsius(3))


class Flag(int):
    def __new__(cls, value, name="?"):
        self = super().__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return f"<Flag {self.name}={int(self)}>"


f = Flag(4, "write")
print(f, repr(f), str(f), f.name, f + 1, type(f + 1).__name__, f | 1, f << 2, f // 3)
print(isinstance(f, int), isinstance(f, Flag), issubclass(Flag, int), f == 4, 4 == f, f != 5)
print(hash(f) == hash(4), {f: "x"}[4], {4: "y"}[f], f in {4, 5}, sorted([Flag(3), 1, Flag(2)]))
print(int(f), type(int(f)).__name__, float(f), f"{f:5d}|{f:x}|{f:b}", "%d %x" % (f, f), f.bit_length())
print(f.real, f.numerator, f.denominator, f.imag, bool(Flag(0)), bool(f), [1, 2, 3, 4, 5][f])
print(f.__dict__, divmod(f, 3), pow(f, 2), f ** 2, -f, ~f, abs(Flag(-2)))


class Big(int):
    pass


b = Big(2**100)
print(b, b + 1, type(b + 1).__name__, b == 2**100, hash(b) == hash(2**100), Big(7) * Big(6))
small = Big(5)
print(small, small == 5, type(small) is Big, small + 0, type(small + 0) is int)
print(Big("ff", 16), Big(), Big(3.9), Big(-0.5), Big(True), type(Big(True)).__name__)


class Meters(int):
    def __add__(self, other):
        return Meters(int(self) + int(other))

    def __str__(self):
        return f"{int(self)} m"


m = Meters(3) + 4
print(m, repr(m), type(m).__name__, 4 + Meters(1), type(4 + Meters(1)).__name__)
m += 10
print(m, type(m).__name__)


class Money(float):
    __slots__ = ()


mo = Money(2.5)
print(mo, mo * 2, type(mo * 2).__name__)
try:
    mo.x = 1
except AttributeError as e:
    print("AttributeError", e)

try:

    class B(bool):
        pass

except TypeError as e:
    print("TypeError", e)


class Derived(Flag):
    pass


d = Derived(9, "nine")
print(d, d.name, type(d).__name__, d * 2)
print(max(Flag(1, "a"), Flag(7, "b")), min([Celsius(5.0), Celsius(-1.0)]))


class I(int):
    pass


class F(float):
    pass


class Cents(int):
    def __add__(self, other):
        return Cents(super().__add__(other))

    def __neg__(self):
        return Cents(super().__neg__())


total = Cents(5) + 7
print(total, type(total).__name__, type(-total).__name__, -total, (3).__add__(4), (3).__add__("x"))
print((2.5).__mul__(2), (1).__rsub__(10), float.__neg__(2.0), int.__abs__(-3), (7).__index__())
print(int.__lt__(1, 2), (5).__float__(), (2.5).__int__(), (0).__bool__(), (6).__rtruediv__(3))
print(I(10).__index__(), hex(I(255)), F(2.5).__floor__() if hasattr(F, "__floor__") else None)
