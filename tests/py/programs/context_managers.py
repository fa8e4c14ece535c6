# Custom context managers: __enter__/__exit__, suppression, nesting, contextlib.
import contextlib


class Timer:
    depth = 0

    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * Timer.depth + f"exit {self.name} exc={exc_type.__name__ if exc_type else None}")
        Timer.depth -= 1
        return exc_type is not None and issubclass(exc_type, self.suppress)


with Timer("outer") as t1, Timer("inner") as t2:
    print("body", t1.name, t2.name)

with Timer("suppressing", suppress=(KeyError,)):
    {}["x"]
print("after suppress")

try:
    with Timer("not suppressing", suppress=(KeyError,)):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"<!-- error in {name} -->")
    finally:
        print(f"</{name}>")


with tag("html"):
    with tag("body") as b:
        print("content", b)
    with tag("div"):
        1 / 0
    print("still inside html")

with contextlib.suppress(FileNotFoundError, IndexError):
    [][3]
print("suppress ok")


class Resource:
    opened = []

    def __init__(self, n):
        self.n = n

    def __enter__(self):
        Resource.opened.append(self.n)
        return self

    def __exit__(self, *exc):
        Resource.opened.remove(self.n)
        print(f"closed {self.n}, exc args={len(exc)}, {exc[0]}")
        return False


def use(n):
    with Resource(n) as r:
        if n > 2:
            return f"early {r.n} open={Resource.opened}"
        for i in range(5):
            if i == n:
                break
    return f"normal {n} open={Resource.opened}"


print(use(1), use(3))
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("open:", Resource.opened)
print("after stack", Resource.opened)


class Transaction:
    def __init__(self, data):
        self.data = data

    def __enter__(self):
        self.snapshot = dict(self.data)
        return self.data

    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            self.data.clear()
            self.data.update(self.snapshot)
            print(f"rolled back because {exc!r}")
            return True


acct = {"a": 10, "b": 5}
with Transaction(acct) as d:
    d["a"] -= 3
    d["b"] += 3
print(acct)
with Transaction(acct) as d:
    d["a"] -= 100
    if d["a"] < 0:
        raise ValueError("negative balance")
print(acct)
with contextlib.nullcontext(42) as v:
    print("nullcontext", v)
