# Generator protocol: send/throw/close, yield from delegation and return values, GeneratorExit, generator expressions.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager got", repr(e))
            continue
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def run():
    data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
    results = {}
    for key, values in data.items():
        g = grouper(results, key)
        next(g)
        for v in values:
            print(" ", key, g.send(v))
        g.throw(ValueError("bad sample"))
        g.send(None)
    print(results)


run()


def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("  ticker received", received)
    except GeneratorExit:
        print("  ticker closing at", i)
        raise
    finally:
        print("  ticker finally")


t = ticker(5)
print(next(t), next(t), t.send("hello"))
t.close()
print(t.gi_frame is None, list(t))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def chain(*iterables):
    for it in iterables:
        got = yield from it
        if got is not None:
            print("  inner returned", got)


def inner():
    yield "x"
    yield "y"
    return "done"


print(list(chain([1, 2], inner(), "ab", range(2))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


gen = fib()
print([next(gen) for _ in range(12)])
squares = (x * x for x in range(10) if x % 3)
print(sum(squares), list(squares))
print(max((len(w), w) for w in "the quick brown fox jumps".split()))


def stopper():
    yield 1
    return "value!"


g = stopper()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)


def bad():
    yield 1
    raise StopIteration("oops")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

g = ticker(3)
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(g.gi_running, g.__name__, g.__qualname__)
