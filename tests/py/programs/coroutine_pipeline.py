# Generator-based coroutines: send/throw/close, yield from delegation with return values, and context managers.
import contextlib


def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  averager got", repr(e))
            continue
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def collect(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results


print(collect({"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}))

avg = averager()
print(next(avg), avg.send(10), avg.send(20))
print(avg.throw(ValueError("bad sample")))
print(avg.send(30))
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value)


def ticker(name):
    print(f"{name}: start")
    try:
        n = 0
        while True:
            cmd = yield n
            if cmd == "reset":
                n = 0
            else:
                n += 1
    except GeneratorExit:
        print(f"{name}: closing")
        raise
    finally:
        print(f"{name}: finally")


t = ticker("t1")
print(next(t), next(t), t.send("reset"), next(t))
t.close()
print(t.gi_frame is None, list(ticker("t2") for _ in range(0)))


def flatten(items, depth=0):
    for item in items:
        if isinstance(item, (list, tuple)):
            count = yield from flatten(item, depth + 1)
            yield f"<{count} at depth {depth + 1}>"
        else:
            yield item
    return len(items)


print(list(flatten([1, [2, 3, (4, 5)], [], 6])))


@contextlib.contextmanager
def section(title, log):
    log.append(f"enter {title}")
    try:
        yield title.upper()
    except KeyError as e:
        log.append(f"suppressed {e}")
    else:
        log.append(f"clean {title}")
    finally:
        log.append(f"exit {title}")


log = []
with section("alpha", log) as name:
    log.append(name)
with section("beta", log):
    {}["missing"]
try:
    with section("gamma", log):
        raise TypeError("boom")
except TypeError as e:
    log.append(f"outer caught {e}")
print(log)

with contextlib.suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.callback(print, "cleanup", n)
    print("in stack")


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


gen = fib()
print([next(gen) for _ in range(15)], sum(x for x in __import__("itertools").takewhile(lambda v: v < 10000, fib()) if x > 100))
squares = (x * x for x in range(5))
print(list(squares), list(squares), type(squares).__name__)
evens = filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(10)))
print(list(zip(evens, "abcd")), next(iter(range(3, 10, 3))))
