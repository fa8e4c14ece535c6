# Held-out: context managers: classes, contextlib, suppression, nesting, ExitStack.
import contextlib
import io
import sys


class Resource:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return exc_type is KeyError


with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name, Resource.opened)

with Resource("c"):
    {}["swallowed"]
print("after c")

try:
    with Resource("d"):
        raise ValueError("inside d")
except ValueError as e:
    print("caught", e)

try:
    with Resource("e", fail_on_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("caught", e, "| context:", repr(e.__context__))


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"<!-- {name} handled -->")
    finally:
        print(f"</{name}>")


with tag("div") as t:
    with tag("p"):
        print(t)
with tag("span"):
    1 / 0
print("continuing")

with contextlib.suppress(FileNotFoundError, KeyError):
    raise KeyError("x")
print("suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden line")
    print("another", end="!")
print(repr(buf.getvalue()))

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print("stack holds", Resource.opened)
print("opened now", Resource.opened)


class Timer:
    def __enter__(self):
        self.ticks = 0
        return self

    def __exit__(self, *exc):
        self.done = True
        return False


with Timer() as tm:
    for _ in range(5):
        tm.ticks += 1
print(tm.ticks, tm.done)

with contextlib.nullcontext(42) as n:
    print("null", n)


@contextlib.contextmanager
def broken():
    yield
    yield


try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stderr.write("stderr works\n")
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("première ligne\nsecond line\n")
    with open(path, encoding="utf-8") as fh:
        first = fh.readline().rstrip()
    print(first, fh.closed, os.path.exists(path))
print(os.path.exists(path))
