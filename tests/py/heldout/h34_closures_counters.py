# Held-out: closures, nonlocal, global, decorators with state, late binding.
import functools

calls = 0


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        wrapper.count += 1
        return fn(*args, **kwargs)

    wrapper.count = 0
    return wrapper


@counted
def add(a, b=10, *rest, scale=1, **opts):
    """Adds things."""
    return (a + b + sum(rest)) * scale, sorted(opts)


print(add(1), add(1, 2), add(1, 2, 3, 4, scale=2, z=1, y=2))
print(add.__name__, add.__doc__, add.count, calls, add.__wrapped__.__name__)


def make_accumulator(start=0):
    total = start
    history = []

    def acc(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    def undo():
        nonlocal total
        if history:
            history.pop()
        total = history[-1] if history else start
        return total

    return acc, undo, lambda: list(history)


acc, undo, hist = make_accumulator(100)
for v in (5, -3, 10):
    acc(v)
print(hist(), undo(), undo(), hist(), acc(1))

fns = [lambda: i for i in range(3)]
fns2 = [lambda i=i: i * i for i in range(3)]
print([f() for f in fns], [f() for f in fns2])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x

        return inner

    f = middle()
    f()
    f()
    return x


print(outer())


def memo(fn):
    cache = {}

    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    w.cache = cache
    return w


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib.cache))


@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().hits > 0)
p = functools.partial(add.__wrapped__, 5, scale=3)
print(p(1), p(1, 1, k=0), p.args, p.keywords)
counter = (lambda: (n := 0, [n := n + i for i in range(5)], n))()
print(counter)


def gen_closure():
    fs = []
    for name in ["a", "b"]:
        def f(suffix, name=name):
            return name + suffix
        fs.append(f)
    return fs


print([f("!") for f in gen_closure()], add.__wrapped__.__defaults__, add.__wrapped__.__kwdefaults__)
print(add.__wrapped__.__code__.co_argcount, add.__wrapped__.__code__.co_kwonlyargcount)
print(outer.__qualname__, make_accumulator(0)[0].__qualname__)
