# Held-out: closures, nonlocal, decorators, late binding, function attributes.
import functools


def make_counter(start=0, step=1):
    value = start

    def inc():
        nonlocal value
        value += step
        return value

    def reset():
        nonlocal value
        value = start

    inc.reset = reset
    return inc


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i * i for i in range(4)]
print([f() for f in funcs])


def trace(fn):
    calls = []

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs.items()))))
        return fn(*args, **kwargs)

    wrapper.calls = calls
    return wrapper


@trace
def add(a, b=2, *, c=3):
    """Add things."""
    return a + b + c


print(add(1), add(1, 5), add(1, c=10))
print(add.calls)
print(add.__name__, add.__doc__, add.__wrapped__.__defaults__, add.__wrapped__.__kwdefaults__)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "changed"
    return middle()()


print(outer())


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run


f = compose(str, lambda v: v * 2, abs)
print(repr(f(-21)))
print(add.__qualname__, outer.__code__.co_name, make_counter.__defaults__)
print(c.__closure__ is not None, len(c.__closure__), sorted(c.__code__.co_freevars))


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib.cache))
g = accumulate()
next(g)
print(g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("stopped", e.value)


def bad():
    print(y)
    y = 1


try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
