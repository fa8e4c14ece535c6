# Bank ledger with custom exceptions; ends with an uncaught exception raised
# "from None" inside a method called from a context manager.
from contextlib import contextmanager
from decimal import Decimal, ROUND_HALF_UP


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        self.account = account
        self.needed = needed
        super().__init__(account, needed)

    def __str__(self):
        return f"account {self.account} short by {self.needed}"


class Account:
    _next_id = 1

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self.balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self.id, amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))

    def apply_interest(self, rate):
        gained = (self.balance * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.balance += gained
        return gained

    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self.balance}>"


@contextmanager
def transaction(*accounts):
    saved = [(a, a.balance, len(a.history)) for a in accounts]
    try:
        yield
    except BankError as e:
        for acct, bal, n in saved:
            acct.balance = bal
            del acct.history[n:]
        print("rolled back:", e)
    else:
        print("committed")


def transfer(src, dst, amount):
    with transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)


alice = Account("alice", "100.00")
bob = Account("bob")
transfer(alice, bob, "30.50")
transfer(bob, alice, "50")
print(alice, bob)
print(alice.apply_interest("0.0125"), alice.balance, bob.apply_interest("0.005"))
print([(k, str(v)) for k, v in alice.history])
try:
    bob.deposit("-3")
except ValueError as e:
    print("ValueError:", e)
e = InsufficientFunds(7, Decimal("1.5"))
print(repr(e), e.args, str(e), isinstance(e, BankError))
print(Decimal("1.10") + Decimal("2.205"), Decimal(1) / Decimal(3), Decimal("2.50").quantize(Decimal("1")))
print(sum([Decimal("0.1")] * 10) == Decimal("1.0"), sorted([Decimal("2.5"), Decimal("-1"), Decimal("0.33")]))


class Registry:
    def __init__(self):
        self.accounts = {}

    def add(self, acct):
        self.accounts[acct.owner] = acct

    def find(self, owner):
        try:
            return self.accounts[owner]
        except KeyError:
            raise BankError(f"no account for {owner!r}") from None


reg = Registry()
reg.add(alice)
reg.add(bob)
print(reg.find("bob").balance)
with transaction(alice):
    alice.withdraw("5")
reg.find("carol")
