# throw() and close() on a generator suspended in `yield from` go to the
# delegate first (CPython 3.11), including a plain iterator without throw.


def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-handled"
    finally:
        print("inner finally")
    return "inner-ret"


def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "after"
    except Exception as e:
        print("outer caught", repr(e))
        yield "outer-handled"


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "done"))

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g, "done"))

g = outer()
print(g.gi_yieldfrom)
print(next(g))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom)
g.close()
print("closed", g.gi_yieldfrom)


def inner_returns():
    try:
        yield 1
    except KeyError:
        return "from-throw"


def outer2():
    r = yield from inner_returns()
    print("outer2 got", r)
    yield "next"


g = outer2()
print(next(g))
print(g.throw(KeyError))


class PlainIter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


def outer3():
    try:
        yield from PlainIter()
    except KeyError as e:
        print("outer3 caught", repr(e))
        yield "o3"


g = outer3()
print(next(g))
print(g.throw(KeyError("p")))
g = outer3()
print(next(g))
g.close()
print("closed3")


class Thrower(PlainIter):
    def throw(self, *args):
        print("Thrower.throw", [type(a).__name__ for a in args])
        return "thrown-val"

    def close(self):
        print("Thrower.close")


def outer4():
    yield from Thrower()


g = outer4()
print(next(g))
print(g.throw(IndexError("i")))
g.close()


def deep():
    try:
        yield from outer()
    except ValueError as e:
        print("deep caught", repr(e))


g = deep()
print(next(g))
print(g.throw(KeyError("deep-k")))
g.close()


def ignoring_inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner ignores exit")
    yield 2


def outer5():
    yield from ignoring_inner()


g = outer5()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(g.gi_suspended)


def traced():
    yield from inner()


g = traced()
next(g)
try:
    g.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("tb", lines)
print(next(g, "exhausted"))


def for_loop_outer():
    yield from inner()


g = for_loop_outer()
for x in g:
    print("loop", x)
    if x == 1:
        print("thrown ->", g.throw(KeyError("loop")))
