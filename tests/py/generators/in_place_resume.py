# Generators resumed in place by for loops and `yield from`: values, return
# values, exceptions (PEP 479, tracebacks, handled exception state), close,
# throw, send, nesting, re-entrancy and recursion limits.
import sys


def count(n):
    for i in range(n):
        yield i


def returns(n):
    yield from count(n)
    return n * 10


def delegate(n):
    r = yield from returns(n)
    yield ("returned", r)


print(list(delegate(3)))
print(sum(x for x in count(10)), [x for x in returns(4)])


def raiser():
    yield 1
    raise ValueError("boom")


try:
    for v in raiser():
        print("got", v)
except ValueError as e:
    print("caught", e, e.__traceback__ is not None)


def stop_inside():
    yield 1
    raise StopIteration(5)


try:
    for v in stop_inside():
        print("stop got", v)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__suppress_context__)


def via_yield_from():
    yield from stop_inside()


try:
    print(list(via_yield_from()))
except RuntimeError as e:
    print("yield from RuntimeError", e)


# Handled exception state across in-place yields.
def sees_exc():
    yield "start"
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield "end"


try:
    raise IndexError("outer")
except IndexError:
    for t in sees_exc():
        print("inside", getattr(t, "__name__", t), "outside", sys.exc_info()[0].__name__)
print("after", sys.exc_info())


# Exception context: raised inside a generator while the loop handles one.
def raises_in_handler():
    yield 1
    raise TypeError("inner")


try:
    try:
        raise OSError("first")
    except OSError:
        for _ in raises_in_handler():
            pass
except TypeError as e:
    print("context", type(e.__context__).__name__)


# A generator already running, resumed from its own body.
def selfish():
    yield 1
    for x in g:
        yield x


g = selfish()
try:
    print(list(g))
except ValueError as e:
    print("ValueError", e)


# Break out of a loop, then resume with next/send/throw/close.
def stateful():
    total = 0
    try:
        while True:
            x = yield total
            total += 1 if x is None else x
    finally:
        print("finally", total)


s = stateful()
for v in s:
    if v >= 3:
        break
print("send", s.send(10))
try:
    s.throw(KeyError("t"))
except KeyError as e:
    print("thrown back", e)
print("closed", s.close(), list(s))


# yield from a generator that handles throw and sends.
def inner():
    try:
        got = yield "a"
        print("inner got", got)
        yield "b"
    except ZeroDivisionError:
        yield "handled"
    return "inner done"


def outer():
    r = yield from inner()
    print("outer r", r)
    yield "end"


o = outer()
print(next(o), o.send("hello"))
print(list(o))


# A just-started generator sent a non-None value via yield from's SEND.
def fresh():
    yield 1


def sends_into_fresh():
    f = fresh()
    yield from f


t = sends_into_fresh()
print(next(t))
print(list(t))

# Nested for loops over the same generator.
gen = count(6)
for a in gen:
    for b in gen:
        print("pair", a, b)
        break


# Deep recursion of generators resumed in place.
def nest(n):
    if n == 0:
        yield 0
    else:
        for v in nest(n - 1):
            yield v + 1


print(list(nest(50)))
sys.setrecursionlimit(100)


def deep(n):
    yield from deep(n + 1) if n < 1000 else count(1)


try:
    list(deep(0))
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# Traceback through in-place frames.
def level2():
    yield 1
    1 / 0


def level1():
    yield from level2()


try:
    for _ in level1():
        pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


# gi_running and state observed from inside.
def watch():
    yield w.gi_running
    yield w.gi_suspended


w = watch()
print([x for x in w], w.gi_running, w.gi_suspended, w.gi_frame)


# A long loop body (jump offsets beyond one byte) over a generator.
def long_body():
    out = 0
    for v in count(3):
        out += v; out += v; out += v; out += v; out += v; out += v; out += v; out += v
        out += v; out += v; out += v; out += v; out += v; out += v; out += v; out += v
        out += v; out += v; out += v; out += v; out += v; out += v; out += v; out += v
        out += v; out += v; out += v; out += v; out += v; out += v; out += v; out += v
        out += v; out += v; out += v; out += v; out += v; out += v; out += v; out += v
        out += v; out += v; out += v; out += v; out += v; out += v; out += v; out += v
    return out


print(long_body())

