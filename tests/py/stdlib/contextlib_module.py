# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext.
from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress


@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("b") as t:
    print("inside", t)

try:
    with tag("i"):
        raise KeyError("boom")
except KeyError as e:
    print("caught", e)

with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)

with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("stack body")

with nullcontext(5) as v:
    print("nullcontext", v)


@contextmanager
def swallow():
    try:
        yield
    except ValueError:
        print("swallowed")


with swallow():
    raise ValueError("x")
print("done")
