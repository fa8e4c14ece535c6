# Held-out: bank simulation; ends with an uncaught chained exception.
import traceback
import sys


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"account {account.number} lacks {amount - account.balance:.2f}")


class Account:
    _next = 1000

    def __init__(self, owner, balance=0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance})"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance=0):
        a = Account(owner, balance)
        self.accounts[a.number] = a
        return a

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise BankError(f"no account {src}") from None
        try:
            self.accounts[dst].deposit(amount)
        except KeyError as e:
            self.accounts[src].deposit(amount)
            raise BankError("transfer failed, refunded") from e


bank = Bank()
a = bank.open("ann", 100)
b = bank.open("bob")
bank.transfer(a.number, b.number, 30)
print(a, b)
for args in [(a.number, b.number, 500), (9999, b.number, 1), (a.number, 4242, 10)]:
    try:
        bank.transfer(*args)
    except BankError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
        print(type(e.__context__).__name__ if e.__context__ else None)
print(a, b, a.history)

try:
    a.deposit(-5)
except ValueError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print(lines[-1])

try:
    try:
        b.withdraw(1000)
    except InsufficientFunds as e:
        raise RuntimeError("audit failed") from e
except RuntimeError as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    print(e.__cause__.amount, e.__cause__.account.owner)

print("about to fail", file=sys.stderr)
sys.stdout.flush()


def close_day(bank):
    try:
        for n in sorted(bank.accounts):
            bank.accounts[n].withdraw(50)
    except InsufficientFunds as e:
        raise BankError(f"closing failed at {e.account.number}")


close_day(bank)
