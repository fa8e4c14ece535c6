# Generator-based coroutines: send/throw/close, yield from with return
# values, a running-average coroutine, a pipeline; ends uncaught inside a
# generator.
import traceback


def averager():
    total = 0.0
    count = 0
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


def delegate(results, key):
    while True:
        results[key] = yield from averager()


results = {}
for key, values in [("a", [10, 20, 30]), ("b", [1.5, 2.5]), ("c", [])]:
    g = delegate(results, key)
    next(g)
    for v in values:
        print(key, v, "->", g.send(v))
    g.throw(ValueError("ignored"))
    g.send(None)
print(results)


def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received is not None:
                n = received
            else:
                n -= 1
    except GeneratorExit:
        print("  countdown closed at", n)
        raise
    finally:
        print("  countdown finally")


c = countdown(5)
print(next(c), next(c), c.send(10), next(c))
c.close()
print(c.gi_frame is None, list(countdown(2)))


def closer():
    try:
        yield 1
    finally:
        return "swallowed"


cl = closer()
next(cl)
print(cl.close())


def numbers():
    yield from range(3)
    return "done"


def wrapper():
    r = yield from numbers()
    yield r.upper()


print(list(wrapper()))
gen = numbers()
try:
    while True:
        next(gen)
except StopIteration as si:
    print("stop value", si.value)


def stubborn():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def bad_gen():
    yield 1
    raise StopIteration("inner")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause", type(e.__cause__).__name__)

try:
    g = averager()
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

try:
    1 / 0
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], "|", lines[-1])


def parse_ints(lines):
    for ln in lines:
        yield int(ln)


def doubled(it):
    for v in it:
        yield v * 2


pipe = doubled(parse_ints(["1", "2", "three", "4"]))
print(next(pipe), next(pipe))
print(sum(pipe))
