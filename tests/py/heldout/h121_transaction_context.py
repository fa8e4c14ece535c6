# Context managers: a transactional store with rollback, contextmanager generators, suppress, ExitStack callbacks, redirect_stdout.
import contextlib
import io


class Store:
    def __init__(self):
        self.data = {}
        self.log = []

    @contextlib.contextmanager
    def transaction(self, name):
        snapshot = dict(self.data)
        self.log.append(f"begin {name}")
        try:
            yield self
        except KeyError as e:
            self.data = snapshot
            self.log.append(f"rollback {name}: {e!r}")
        except Exception:
            self.data = snapshot
            self.log.append(f"rollback {name} and re-raise")
            raise
        else:
            self.log.append(f"commit {name}")
        finally:
            self.log.append(f"end {name}")


class Timer:
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * Timer.depth + f"exit {self.label} exc={exc_type.__name__ if exc_type else None}")
        Timer.depth -= 1
        return exc_type is ZeroDivisionError


store = Store()
with store.transaction("t1") as s:
    s.data["a"] = 1
    s.data["b"] = 2
with store.transaction("t2") as s:
    s.data["a"] = 100
    del s.data["missing"]
try:
    with store.transaction("t3") as s:
        s.data["c"] = 3
        raise RuntimeError("disk full")
except RuntimeError as e:
    print("caught", e)
print(store.data)
print("\n".join(store.log))

with Timer("outer"):
    with Timer("inner"), Timer("sibling"):
        1 / 0
    print("after inner")
    try:
        with Timer("deep"):
            [][1]
    except IndexError as e:
        print("IndexError:", e)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print(repr(buf.getvalue()))

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    timers = [stack.enter_context(Timer(f"t{i}")) for i in range(2)]
    print([t.label for t in timers])
    moved = stack.pop_all()
print("stack closed; now the moved one")
moved.close()


@contextlib.contextmanager
def opened(name):
    print("open", name)
    yield name.upper()
    print("close", name)


with opened("a") as a, opened("b") as b:
    print(a, b)

cm = opened("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)


class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self

    def __exit__(self, *exc):
        print("exit deco", exc[0])
        return False


@Reentrant()
def work(x):
    return x * 2


print(work(21))
with contextlib.nullcontext(5) as five:
    print(five)
