# A traffic-light and parser state machine written with generators, send/throw/close.
def traffic_light():
    states = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    i = 0
    while True:
        state = states[i % 3]
        for t in range(durations[state]):
            cmd = yield (state, t)
            if cmd == "reset":
                i = -1
                break
        i += 1


light = traffic_light()
print([next(light) for _ in range(7)])
print(light.send("reset"), next(light), next(light))
light.close()
try:
    next(light)
except StopIteration:
    print("closed")


def tokenizer(text):
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
            continue
        if num:
            yield ("NUM", int(num))
            num = ""
        if ch in "+-*/()":
            yield ("OP", ch)
        elif not ch.isspace():
            raise SyntaxError(f"bad char {ch!r}")
    if num:
        yield ("NUM", int(num))


print(list(tokenizer("12 + 3*(45-6)")))
try:
    list(tokenizer("1 + x"))
except SyntaxError as e:
    print("SyntaxError:", e)


def running_avg():
    total = 0.0
    n = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  reset because", e)
            total, n, avg = 0.0, 0, None
            continue
        if value is None:
            return (n, total)
        total += value
        n += 1
        avg = total / n


g = running_avg()
next(g)
print([g.send(v) for v in (10, 20, 60)])
print(g.throw(ValueError("bad data")))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("result:", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it
    return "done"


def wrapper():
    result = yield from chain([1, 2], "ab", range(3))
    yield result


print(list(wrapper()))


def cleanup_gen():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


c = cleanup_gen()
print(next(c))
c.close()
print(list(x * x for x in range(5) if x % 2 == 0))
gen = (c for c in "hello")
print(next(gen), "".join(gen))
print(sum(i for i in range(10)), max((len(w), w) for w in "a bb ccc".split()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 100, 103)))
print(list(itertools.takewhile(lambda x: x < 50, fib())))
transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
               ("paused", "start"): "running", ("running", "stop"): "idle"}


def machine(state="idle"):
    while True:
        event = yield state
        state = transitions.get((state, event), state)


m = machine()
print(next(m), [m.send(e) for e in ["start", "pause", "stop", "start", "stop"]])
print(type(m).__name__)
