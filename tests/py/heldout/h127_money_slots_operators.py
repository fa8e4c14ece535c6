# Money and Account classes: __slots__, properties with validation, operator overloading with NotImplemented, __format__, class/static methods, __init_subclass__.
from fractions import Fraction


class Money:
    __slots__ = ("cents", "currency")
    RATES = {("EUR", "USD"): Fraction(108, 100), ("USD", "EUR"): Fraction(100, 108)}

    def __init__(self, amount, currency="EUR"):
        if isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            self.cents = int(whole) * 100 + sign * int((frac + "00")[:2])
        else:
            self.cents = round(amount * 100)
        self.currency = currency

    @classmethod
    def zero(cls, currency="EUR"):
        return cls(0, currency)

    @staticmethod
    def _check(a, b):
        if a.currency != b.currency:
            raise ValueError(f"currency mismatch: {a.currency} vs {b.currency}")

    def convert(self, to):
        if to == self.currency:
            return self
        rate = self.RATES[(self.currency, to)]
        return Money(Fraction(self.cents, 100) * rate, to)

    def __add__(self, other):
        if isinstance(other, Money):
            self._check(self, other)
            return Money(Fraction(self.cents + other.cents, 100), self.currency)
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(self, other)
        return Money(Fraction(self.cents - other.cents, 100), self.currency)

    def __mul__(self, k):
        if isinstance(k, (int, Fraction)):
            return Money(Fraction(self.cents, 100) * k, self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        base, extra = divmod(self.cents, n)
        return [Money(Fraction(base + (1 if i < extra else 0), 100), self.currency) for i in range(n)]

    def __neg__(self):
        return Money(Fraction(-self.cents, 100), self.currency)

    def __abs__(self):
        return Money(Fraction(abs(self.cents), 100), self.currency)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        self._check(self, other)
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __bool__(self):
        return self.cents != 0

    def __format__(self, spec):
        sign = "-" if self.cents < 0 else ""
        text = f"{sign}{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d} {self.currency}"
        return format(text, spec)

    def __repr__(self):
        return f"Money('{self.cents / 100:.2f}', {self.currency!r})"


class Account:
    registry = {}

    def __init_subclass__(cls, kind, **kw):
        super().__init_subclass__(**kw)
        Account.registry[kind] = cls

    def __init__(self, owner, balance=None):
        self.owner = owner
        self._balance = balance or Money.zero()

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < Money.zero(value.currency):
            raise ValueError(f"{self.owner}: overdraft to {value}")
        self._balance = value


class Checking(Account, kind="checking"):
    pass


class Savings(Account, kind="savings"):
    rate = Fraction(3, 100)

    def accrue(self):
        self.balance = self.balance + self.balance * self.rate


a = Money("12.34")
b = Money(7.5)
print(a + b, a - b, b - a, a * 3, 2 * b, -a, abs(-a), sum([a, b, a]))
print(f"[{a:>14}] [{-a:<14}] [{Money(1234567.8):^20}]", format(b), str(b) == repr(b))
print(Money("100.00") / 3, Money("-5.5"), Money("0.05").cents, Money("-0.05").cents)
print(a == Money("12.34"), a != b, sorted([a, b, Money(1)]), {a, Money("12.34"), b} == {a, b}, bool(Money.zero()))
print(a.convert("USD"), a.convert("USD").convert("EUR"), a.convert("EUR") is a)
try:
    a + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: a + 1, lambda: a * 1.5, lambda: a / 2.0, lambda: "x" - a):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    a.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "__dict__"), Money.__slots__, Money.cents.__name__)

acc = Account.registry["savings"]("Zoe", Money("1000"))
for _ in range(3):
    acc.accrue()
print(sorted(Account.registry), type(acc).__name__, acc.balance)
chk = Checking("Yan")
chk.balance = chk.balance + Money("20")
try:
    chk.balance = chk.balance - Money("20.01")
except ValueError as e:
    print("ValueError:", e)
print(chk.balance, Checking.__mro__[1].__name__, isinstance(acc, Account))
try:
    class Broken(Account):
        pass
except TypeError as e:
    print("TypeError:", e)
