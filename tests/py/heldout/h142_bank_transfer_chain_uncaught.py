# Bank accounts with integer cents, a transaction log, exception chaining, and an uncaught chained error.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return f"{self.account.owner} cannot pay {fmt(self.amount)} (balance {fmt(self.account.balance)})"


class TransferFailed(RuntimeError):
    pass


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0, overdraft=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.overdraft = overdraft
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, cents):
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {cents}")
        self._balance += cents
        self.history.append(("dep", cents))

    def withdraw(self, cents):
        if self._balance - cents < -self.overdraft:
            raise InsufficientFunds(self, cents)
        self._balance -= cents
        self.history.append(("wd", cents))

    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner} {fmt(self._balance)}>"


class Savings(Account):
    def __init__(self, owner, balance=0, rate_bp=250):
        super().__init__(owner, balance)
        self.rate_bp = rate_bp

    def add_interest(self):
        interest = self.balance * self.rate_bp // 10000
        self.deposit(interest)
        return interest

    def withdraw(self, cents):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("savings allow two withdrawals")
        super().withdraw(cents)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, cents):
        try:
            self.accounts[src].withdraw(cents)
        except KeyError as e:
            raise TransferFailed(f"no account {e.args[0]}") from None
        except (InsufficientFunds, PermissionError) as e:
            raise TransferFailed(f"transfer {src}->{dst} of {fmt(cents)} refused") from e
        try:
            self.accounts[dst].deposit(cents)
        except KeyError:
            self.accounts[src].deposit(cents)
            raise TransferFailed(f"no account {dst}; refunded")
        self.log.append((src, dst, cents))


bank = Bank()
alice = bank.open(Account, "alice", 50_000, overdraft=10_000)
bob = bank.open(Savings, "bob", 1_234_567)
carol = bank.open(Account, owner="carol")
print(alice, bob, carol)
for src, dst, amt in [(1000, 1002, 30_000), (1000, 1002, 25_000), (1000, 1002, 10_000),
                      (1001, 1000, 99), (1001, 1002, 1), (1001, 1000, 5), (1002, 1234, 10), (4321, 1000, 1)]:
    try:
        bank.transfer(src, dst, amt)
        print("ok  ", src, "->", dst, fmt(amt))
    except TransferFailed as e:
        cause = e.__cause__
        print("fail", e, "| cause:", type(cause).__name__ if cause else None, cause or "", "| suppressed:", e.__suppress_context__)
print("interest", fmt(bob.add_interest()))
for acct in bank.accounts.values():
    print(f"{acct.owner:>6} {fmt(acct.balance):>14} {acct.history}")
print(bank.log)
try:
    carol.deposit(-5)
except ValueError as e:
    print(repr(e))
bank.transfer(1000, 1001, 100_000)
