# Closures and decorators: middleware chains, nonlocal counters, late binding, functools.wraps, decorator factories; ends with an uncaught UnboundLocalError.
import functools


def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        old, count = count, start
        return old

    inc.reset = reset
    return inc


c = make_counter(10, 5)
print(c(), c(), c.reset(), c(), c.__closure__[0].cell_contents if c.__closure__ else None)
print(c.__code__.co_freevars, make_counter.__code__.co_cellvars)


def logged(prefix="LOG"):
    def deco(fn):
        calls = []

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            calls.append((args, tuple(sorted(kwargs.items()))))
            result = fn(*args, **kwargs)
            print(f"  {prefix} {fn.__name__}{args}{kwargs or ''} -> {result!r}")
            return result

        wrapper.calls = calls
        return wrapper
    return deco


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt=attempt)
                except ConnectionError as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco


@logged("TRACE")
def add(a, b=0, *, scale=1):
    """Add two numbers."""
    return (a + b) * scale


add(1, 2)
add(3, scale=10)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1), len(add.calls), add.calls[-1])


@retry(3)
def flaky(url, attempt):
    if attempt < 3:
        raise ConnectionError(f"{url} timed out")
    return f"{url} ok on {attempt}"


print(flaky("db"))


@retry(2)
def dead(url, attempt):
    raise ConnectionError("refused")


try:
    dead("x")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))

adders_late = [lambda x: x + i for i in range(3)]
adders_bound = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders_late], [f(10) for f in adders_bound])


def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run


def middleware(name, log):
    def wrap(handler):
        def inner(request):
            log.append(f"{name}>")
            response = handler(request + [name])
            log.append(f"<{name}")
            return response
        return inner
    return wrap


log = []
handler = lambda req: "/".join(req)  # noqa: E731
for name in ["auth", "gzip", "cache"]:
    handler = middleware(name, log)(handler)
print(handler(["req"]), log)
print(pipeline(str.strip, str.title, lambda s: s.replace(" ", ""))("  hello big world "))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "rebound"
    return middle()()


print(outer())

total = 0


def accumulate(values):
    global total
    for v in values:
        total += v
    return total


print(accumulate([1, 2, 3]), accumulate([4]), total)


def broken_counter():
    hits = 0

    def hit():
        hits += 1
        return hits
    return hit


broken_counter()()
