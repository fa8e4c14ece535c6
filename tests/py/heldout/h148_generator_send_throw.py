# Generators: send/throw/close protocols, yield from with return values, pipelines, tee, islice.
from itertools import islice, tee, count, takewhile


def averager():
    total = n = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total = n = 0
            avg = None
            continue
        if value is None:
            return {"n": n, "avg": avg}
        total += value
        n += 1
        avg = total / n


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def run_groups(data):
    results = {}
    for key, values in data.items():
        g = grouper(results, key)
        next(g)
        for v in values:
            g.send(v)
        g.send(None)
    return results


print(run_groups({"a": [1, 2, 3, 4], "b": [10], "c": []}))

avg = averager()
print(next(avg), avg.send(10), avg.send(20))
print(avg.throw(ValueError("bad sample")))
print(avg.send(5))
try:
    avg.send(None)
except StopIteration as stop:
    print("stopped with", stop.value)


def resource(name):
    print(f"  open {name}")
    try:
        for i in count():
            yield f"{name}:{i}"
    finally:
        print(f"  close {name}")


r = resource("db")
print(next(r), next(r))
r.close()
print("closed again:", r.close(), r.gi_frame is None)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "not dying"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def numbers():
    yield from range(1, 30)


def evens(it):
    return (x for x in it if x % 2 == 0)


def squared(it):
    for x in it:
        yield x * x


pipeline = squared(evens(numbers()))
print(list(islice(pipeline, 3)), next(pipeline), list(takewhile(lambda v: v < 500, pipeline)))

a, b = tee((c for c in "generator"), 2)
print("".join(a), "".join(islice(b, 3, None)))


def fib():
    x, y = 0, 1
    while True:
        yield x
        x, y = y, x + y


print(list(islice(fib(), 10, 15)), sum(islice(fib(), 100)))
g = fib()
print(g.__name__, g.__qualname__, type(g).__name__, g.gi_running)


def delegator():
    result = yield from inner()
    yield f"inner returned {result!r}"


def inner():
    got = yield "first"
    got2 = yield f"got {got}"
    return (got, got2)


d = delegator()
print(next(d), d.send("x"), d.send("y"))
try:
    d.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
print(list(d))

gen = (i for i in range(3))
print(list(gen), list(gen))
try:
    next(x for x in [])
except StopIteration:
    print("empty genexp StopIteration")


def bad():
    yield 1
    raise StopIteration("oops")


try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, "|", repr(e.__cause__))
