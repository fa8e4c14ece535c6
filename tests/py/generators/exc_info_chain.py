# sys.exc_info() and bare raise inside a generator see the resumer's handled
# exception when the generator handles none of its own (CPython 3.11).
import sys


def show(tag):
    t, v, _ = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v))


def gen():
    show("g1")
    yield 1
    show("g2")
    try:
        raise KeyError("own")
    except KeyError:
        show("g3")
        yield 2
        show("g4")
    show("g5")
    yield 3
    show("g6")


g = gen()
try:
    raise ValueError("caller1")
except ValueError:
    print(next(g))
print(next(g))  # no caller exception
try:
    raise TypeError("caller2")
except TypeError:
    print(g.send(None))
    print(next(g, "end"))
show("after")


def reraiser():
    try:
        yield 1
    finally:
        pass
    raise


r = reraiser()
next(r)
try:
    raise IndexError("outer")
except IndexError:
    try:
        next(r)
    except IndexError as e:
        print("reraised", repr(e))


def context_gen():
    yield 1
    raise RuntimeError("inside")


c = context_gen()
next(c)
try:
    raise LookupError("ctx")
except LookupError:
    try:
        next(c)
    except RuntimeError as e:
        print("context", repr(e.__context__))


# In-place resumption (FOR_ITER and yield from).
def loop_gen():
    for i in range(2):
        show("loop%d" % i)
        yield i


try:
    raise OSError("for")
except OSError:
    for x in loop_gen():
        pass
    print(list(loop_gen()))


def outer():
    show("outer-start")
    yield from loop_gen()
    try:
        raise ZeroDivisionError("outer-own")
    except ZeroDivisionError:
        yield from loop_gen()
    show("outer-end")


try:
    raise NameError("yf")
except NameError:
    for x in outer():
        pass
for x in outer():
    pass


def nested_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
    show("after-except")
    yield 2


n = nested_except()
try:
    raise ValueError("first")
except ValueError:
    next(n)
try:
    raise AttributeError("second")
except AttributeError:
    next(n)
next(n, None)
show("end")
