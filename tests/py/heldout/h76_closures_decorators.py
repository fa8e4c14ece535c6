# Closures, decorators with arguments, nonlocal counters, functools.wraps,
# lru_cache statistics, partial, reduce.
import functools
import time


def counted(fn):
    calls = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt=attempt, **k)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times") from last
        return inner
    return deco


@counted
def add(a, b=10, *, scale=1):
    """Add two numbers."""
    return (a + b) * scale


print(add(1), add(2, 3), add(1, 1, scale=5), add.calls, add.__name__, add.__doc__)
print(add.__wrapped__(0, 0), add.__wrapped__.__defaults__, add.__wrapped__.__kwdefaults__)


@retry(3, exceptions=(ValueError,))
def flaky(x, attempt):
    if attempt < 3:
        raise ValueError(f"not yet ({x})")
    return x * attempt


print(flaky(7))
try:
    retry(2)(lambda attempt: 1 / 0)()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def make_accumulators():
    fns = []
    for i in range(3):
        fns.append(lambda x, i=i: x + i)
    late = [lambda x: x + i for i in range(3)]
    return fns, late


early, late = make_accumulators()
print([f(10) for f in early], [f(10) for f in late])


def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient")
        balance -= n
        return balance
    return deposit, withdraw, lambda: balance


dep, wd, peek = bank(100)
print(dep(50), wd(30), peek(), dep.__closure__[0].cell_contents, wd.__code__.co_freevars)


@functools.lru_cache(maxsize=32)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), paths.cache_info())
paths.cache_clear()
print(paths(3, 3), paths.cache_info().hits)
power = functools.partial(pow, exp=3)
print(power(4), power.func is pow, power.keywords, functools.partial(max, 5)(3, 9))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), functools.reduce(max, [], 0))


def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns)


inc_sq_neg = compose(lambda x: x + 1, lambda x: x * x, lambda x: -x)
print(inc_sq_neg(4), compose(str, len)(12345))


class Memo:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]


@Memo
def slow_square(n):
    "square it"
    return n * n


print(slow_square(9), slow_square(9), slow_square.cache, slow_square.__doc__, slow_square.__name__)
start = time.perf_counter()
print(time.perf_counter() >= start, callable(slow_square), callable(5))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()


print(outer())


def broken():
    print(undefined_later)
    undefined_later = 1


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
