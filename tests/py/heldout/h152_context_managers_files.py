# Context managers: classes with __enter__/__exit__, contextlib helpers, ExitStack, suppression, nesting order.
import contextlib
import io


class Transaction:
    def __init__(self, store, name):
        self.store = store
        self.name = name

    def __enter__(self):
        self.snapshot = dict(self.store)
        print(f"begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"commit {self.name}")
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        print(f"rollback {self.name}: {exc_type.__name__}: {exc}")
        return issubclass(exc_type, KeyError)


store = {"a": 1}
with Transaction(store, "t1") as t:
    store["b"] = 2
print(store, t.name)
with Transaction(store, "t2"):
    store["c"] = 3
    del store["zzz"]
print(store)
try:
    with Transaction(store, "t3"):
        store["d"] = 4
        raise ValueError("bad value")
except ValueError as e:
    print("escaped:", e, store)


@contextlib.contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield len(out)
    except ZeroDivisionError:
        out.append(f"<!-- {name} swallowed -->")
    finally:
        out.append(f"</{name}>")


parts = []
with tag("html", parts), tag("body", parts) as depth:
    parts.append(f"depth={depth}")
    with tag("p", parts):
        1 / 0
    parts.append("after")
print("".join(parts))

with contextlib.ExitStack() as stack:
    files = [stack.enter_context(contextlib.closing(io.StringIO(f"file{i}"))) for i in range(3)]
    stack.callback(print, "callback ran last-in-first-out")
    stack.push(lambda *exc: print("push saw", exc[0]) or False)
    print([f.read() for f in files])
print([f.closed for f in files])


def risky(n):
    with contextlib.ExitStack() as stack:
        stack.callback(print, f"  cleanup {n}")
        if n == 2:
            raise OSError(f"disk {n} failed")
        return n * 10


for n in range(1, 4):
    with contextlib.suppress(OSError):
        print("risky ->", risky(n))

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    help_text = "x"
print(repr(buf.getvalue()))


class Timer:
    def __init__(self):
        self.ticks = 0

    def __enter__(self):
        self.ticks += 1
        return self

    def __exit__(self, *exc):
        self.ticks += 100
        return None


tm = Timer()
with tm as a, tm as b:
    print(a is b, tm.ticks)
print(tm.ticks)


class Reentrant:
    depth = 0

    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth

    def __exit__(self, et, ev, tb):
        Reentrant.depth -= 1


with Reentrant() as d1:
    with Reentrant() as d2:
        print("depths", d1, d2)
print("depth after", Reentrant.depth)

try:
    with Transaction(store, "t4"):
        try:
            raise KeyError("inner")
        finally:
            store["e"] = 5
except KeyError:
    print("not reached")
print(store)
with contextlib.nullcontext(42) as v:
    print("nullcontext", v)
