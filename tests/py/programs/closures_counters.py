# Closures sharing state, nonlocal rebinding, class-level closures and generator closures.
def make_bank():
    balance = 0
    log = []

    def deposit(x):
        nonlocal balance
        balance += x
        log.append(("+", x))
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient: have {balance}, need {x}")
        balance -= x
        log.append(("-", x))
        return balance

    def report():
        return f"balance={balance} ops={len(log)} last={log[-1] if log else None}"

    return deposit, withdraw, report


dep, wd, rep = make_bank()
print(dep(100), wd(30), dep(5), rep())
try:
    wd(1000)
except ValueError as e:
    print(e)
print(dep.__closure__ is not None, len(dep.__closure__), dep.__code__.co_freevars)


def memoize(fn):
    cache = {}

    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    inner.cache = cache
    return inner


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), grid_paths(40, 40), len(grid_paths.cache))


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]


print([f(10) for f in make_multipliers()])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()


print(outer())


def counter_gen():
    count = 0

    def bump():
        nonlocal count
        count += 1

    while count < 3:
        bump()
        yield count


print(list(counter_gen()))


class Config:
    defaults = {"a": 1}
    keys = [k.upper() for k in defaults]
    pairs = {k: v * 2 for k, v in defaults.items()}


print(Config.keys, Config.pairs)


def scope_test():
    def do_local():
        spam = "local spam"

    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"

    def do_global():
        global spam
        spam = "global spam"

    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)


scope_test()
print("In global scope:", spam)


def broken():
    try:
        print(value)
    except NameError as e:
        print("NameError:", e)
    value = 1
    return value


broken()


def unbound():
    total = 0
    for i in range(3):
        total += i
    del total
    return total


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    undefined_function()
except NameError as e:
    print("NameError:", e)
