# Held-out: context managers, contextlib, suppressed exceptions, ExitStack.
import contextlib


class Resource:
    log = []

    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        Resource.log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.swallow


with Resource("a") as a, Resource("b") as b:
    print(a.name, b.name)
print(Resource.log)
Resource.log.clear()
with Resource("outer", swallow=True):
    with Resource("inner"):
        raise KeyError("k")
    print("not reached")
print(Resource.log)
try:
    with Resource("x"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")


with tag("div") as t:
    print("inside", t)
with tag("p"):
    raise ValueError("oops")
try:
    with tag("span"):
        raise TypeError("bad")
except TypeError as e:
    print("propagated", e)
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("after suppress")
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print([r.name for r in rs])
print(Resource.log[-3:])


class Timer:
    def __enter__(self):
        self.entered = True
        return "token"

    def __exit__(self, *args):
        print("exit args", args[0], args[1])
        return False


with Timer() as tok:
    print(tok)
f = contextlib.nullcontext(5)
with f as v:
    print(v)


class Redirect:
    def __init__(self):
        self.lines = []

    def write(self, s):
        self.lines.append(s)

    def flush(self):
        pass


r = Redirect()
with contextlib.redirect_stdout(r):
    print("captured", 1)
print(r.lines)


@contextlib.contextmanager
def counter():
    yield
    print("no finally, normal exit")


with counter():
    pass
try:
    with counter():
        raise RuntimeError("inside gen cm")
except RuntimeError as e:
    print("gen cm raised", e)


class Bad:
    pass


try:
    with Bad():
        pass
except TypeError as e:
    print(type(e).__name__, e)
