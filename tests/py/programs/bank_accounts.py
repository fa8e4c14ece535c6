# Bank-account class hierarchy with custom exceptions, chaining and an uncaught error.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:,.2f}")
        self.account = account
        self.amount = amount


class FrozenAccount(BankError):
    pass


class Account:
    interest = 0.0
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account._next_id += 1
        self.number = Account._next_id

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8}|{self.balance:>12,.2f}"


class Savings(Account):
    interest = 0.025

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise FrozenAccount("too many withdrawals")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self


accounts = [Savings("alice", 1500), Checking("bob", 20), Account("carol", 99.5)]
for a in accounts:
    print(a, repr(a))

ops = [(0, "withdraw", 100), (0, "withdraw", 200), (0, "withdraw", 5),
       (1, "withdraw", 110), (1, "withdraw", 50), (2, "deposit", -3),
       (2, "deposit", 0.5), (2, "withdraw", 1000)]
for idx, op, amt in ops:
    acct = accounts[idx]
    try:
        getattr(acct, op)(amt)
    except InsufficientFunds as e:
        print("insufficient:", e, e.amount, isinstance(e, BankError))
    except BankError as e:
        print("bank error:", type(e).__name__, e.args)
    except ValueError as e:
        print("value error:", e)
    else:
        print("ok", op, amt, "->", acct.balance)

for a in accounts:
    a.apply_interest()
    print(str(a), a.history)

print(sorted(accounts, key=lambda a: a.balance))
print(issubclass(Savings, Account), issubclass(FrozenAccount, Exception))
print(Account._next_id, Savings.interest, Checking.interest)


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError(f"transfer of {amount} failed") from e
    dst.deposit(amount)


try:
    transfer(accounts[2], accounts[0], 10**6)
except BankError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)

transfer(accounts[1], accounts[2], 5000)
