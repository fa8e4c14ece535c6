# Held-out: generator pipelines, send/throw/close, yield from with return values.
import itertools


def reader(lines):
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield n, line


def parse(records):
    for n, line in records:
        key, _, value = line.partition("=")
        try:
            yield key.strip(), int(value)
        except ValueError:
            yield key.strip(), value.strip()


def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("  reset because", e)
            total = count = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, total)


def delegate():
    result = yield from running_avg()
    print("  inner returned", result)
    yield "after"
    return "finished"


text = """
# config
width = 80
height= 24
name = demo
  depth=3
"""
print(dict(parse(reader(text.splitlines()))))

g = running_avg()
print(next(g), g.send(10), g.send(20), g.send(3))
print(g.throw(ValueError("bad sample")))
print(g.send(7))
try:
    g.send(None)
except StopIteration as e:
    print("stop value", e.value)

d = delegate()
next(d)
print(d.send(4), d.send(8))
print(d.send(None))
try:
    next(d)
except StopIteration as e:
    print("delegate:", e.value, e.args)


def closing():
    try:
        for i in itertools.count():
            yield i
    except GeneratorExit:
        print("  closed at", i)
        raise
    finally:
        print("  finally runs")


c = closing()
print([next(c) for _ in range(3)])
c.close()
print(c.gi_frame is None, list(c))


def windows(it, n):
    it = iter(it)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


print(list(windows(range(6), 3)))
print(list(itertools.chain.from_iterable(windows("abcd", 2))))
squares = (x * x for x in range(10) if x % 3)
print(sum(squares), list(squares))
pairs = list(zip(itertools.count(1), "xyz", strict=False))
print(pairs, list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.groupby("aaabccdd")) and [(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
gen = (i for i in range(3))
print(next(gen), gen.__name__, type(gen).__name__)


def fail_inside():
    yield 1
    raise KeyError("missing", 2)


try:
    for v in fail_inside():
        print("got", v)
except KeyError as e:
    print("KeyError", e, e.args)


def bad_throw():
    try:
        yield 1
    except TypeError:
        yield "handled"


bt = bad_throw()
next(bt)
print(bt.throw(TypeError))
try:
    bt.throw(IndexError("not handled"))
except IndexError as e:
    print("propagated", repr(e))
