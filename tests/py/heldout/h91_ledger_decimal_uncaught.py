# Bank ledger with Decimal arithmetic and custom exceptions; ends uncaught.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext, localcontext
from collections import defaultdict


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed, available):
        super().__init__(account, needed)
        self.account = account
        self.needed = needed
        self.available = available

    def __str__(self):
        short = self.needed - self.available
        return f"account {self.account!r} is short by {short} (needs {self.needed})"


class FrozenAccount(LedgerError):
    def __str__(self):
        return "frozen: " + ", ".join(map(str, self.args))


CENT = Decimal("0.01")


class Ledger:
    def __init__(self):
        self.balances = defaultdict(Decimal)
        self.history = []
        self.frozen = set()

    def post(self, account, amount, memo=""):
        amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        if account in self.frozen:
            raise FrozenAccount(account, memo)
        if amount < 0 and self.balances[account] + amount < 0:
            raise InsufficientFunds(account, -amount, self.balances[account])
        self.balances[account] += amount
        self.history.append((account, amount, memo))
        return self.balances[account]

    def transfer(self, src, dst, amount):
        try:
            self.post(src, -Decimal(amount), f"to {dst}")
        except LedgerError as e:
            raise LedgerError(f"transfer {src}->{dst} failed") from e
        self.post(dst, amount, f"from {src}")

    def interest(self, account, rate):
        bal = self.balances[account]
        gained = (bal * Decimal(rate)).quantize(CENT, rounding=ROUND_HALF_EVEN)
        return self.post(account, gained, f"interest {rate}")


led = Ledger()
print(led.post("alice", "100.005"))
print(led.post("bob", Decimal("20.5")))
print(led.post("alice", "-0.125"))
led.transfer("alice", "bob", "33.33")
print(dict(sorted(led.balances.items())))
print(led.interest("bob", "0.035"))
print(led.interest("alice", "0.125"))

for a, amt, memo in led.history:
    print(f"{a:>6} {amt:>10} {memo!s:<12}|")

try:
    led.transfer("bob", "carol", 1000)
except LedgerError as e:
    print("caught:", e, "| cause:", e.__cause__, "|", type(e.__cause__).__name__)
    print(e.__cause__.args, e.__suppress_context__)

led.frozen.add("carol")
try:
    led.post("carol", 5, "gift")
except FrozenAccount as e:
    print(e, repr(e))

print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal(1) / Decimal(7))
print(Decimal("1.10") + Decimal("2.205"), Decimal("3.000").normalize(), Decimal("-0"))
print(Decimal("12.345").quantize(Decimal("0.01")), Decimal("12.355").quantize(Decimal("0.01")))
print(sum((Decimal("0.1") for _ in range(10)), Decimal(0)) == Decimal("1.0"))
print(Decimal("7.5") // 2, Decimal("-7.5") % 2, divmod(Decimal("10"), 3))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):.0%} {Decimal('3.14159'):>10.3}")
print(Decimal(0.1))
print(round(Decimal("2.675"), 2), float(Decimal("1.5")), int(Decimal("-9.99")))

total = sum(led.balances.values())
print("total", total)
led.transfer("alice", "bob", "5000")
