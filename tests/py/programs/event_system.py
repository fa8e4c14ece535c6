# Event system built with closures, decorators, nonlocal and *args/**kwargs.
import functools

handlers = {}


def on(event, *, priority=0):
    def register(fn):
        handlers.setdefault(event, []).append((priority, fn))
        handlers[event].sort(key=lambda p: -p[0])
        return fn
    return register


def emit(event, *args, **kwargs):
    results = []
    for prio, fn in handlers.get(event, []):
        results.append(fn(*args, **kwargs))
    return results


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
        print(f"call {fn.__name__}({', '.join(parts)})")
        result = fn(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    return wrapper


tick = counter()


@on("save", priority=5)
@logged
def backup(path, *, compress=False):
    return f"backup:{path}:{'gz' if compress else 'raw'}:{tick()}"


@on("save")
def notify(path, **opts):
    return f"notify {path} {sorted(opts)}"


@on("save", priority=10)
def validate(path, *rest, **opts):
    if not path.endswith(".txt"):
        raise ValueError(f"bad path {path}")
    return ("valid", rest, opts)


print(emit("save", "a.txt"))
print(emit("save", "b.txt", compress=True))
try:
    emit("save", "c.doc")
except ValueError as e:
    print("error:", e)
print(emit("load"))
print(backup.__name__, backup.__wrapped__.__name__, tick(10), tick())

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])


def make_accumulator():
    total = []

    def add(*values):
        total.extend(values)
        return sum(total)
    add.reset = lambda: total.clear()
    return add


acc = make_accumulator()
print(acc(1, 2), acc(3), acc())
acc.reset()
print(acc(100))


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7))


def default_mut(item, bucket=[]):
    bucket.append(item)
    return bucket


print(default_mut(1), default_mut(2), default_mut(3, []), default_mut(4))
print(default_mut.__defaults__, backup.__wrapped__.__kwdefaults__)
x = 1


def outer():
    x = 2

    def inner():
        global x
        x = 99
        return x
    inner()
    return x


print(outer(), x)
print(sorted(handlers), [(p, f.__name__) for p, f in handlers["save"]])
