# Context managers: contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext.
import contextlib
import io


@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"!{name}:{e}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("a", log) as A, tag("b", log) as B:
    log.append(A + B)
print(log)
log = []
with tag("outer", log):
    with tag("inner", log):
        {}["missing"]
    log.append("after inner")
print(log)
log = []
try:
    with tag("x", log):
        raise ValueError("not handled")
except ValueError as e:
    print("escaped", e, log)


class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        print("  open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("  close", self.name, et.__name__ if et else None)
        if self.fail_on_exit:
            raise RuntimeError(f"close failed for {self.name}")
        return False


with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "pqr"]
    stack.callback(print, "  callback ran", len(rs))

    @stack.push
    def on_exit(et, ev, tb):
        print("  pushed exit sees", et)

print("---")
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Resource("s1"))
        stack.enter_context(Resource("s2", fail_on_exit=True))
        stack.enter_context(Resource("s3"))
        raise KeyError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
print("---")
with contextlib.ExitStack() as outer:
    outer.enter_context(Resource("keep"))
    moved = outer.pop_all()
print("popped; now closing")
moved.close()

with contextlib.suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("suppressed ok")
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passes:", e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second", 2, sep="|")
print(repr(buf.getvalue()))


class Conn:
    def close(self):
        print("  conn closed")


with contextlib.closing(Conn()) as c:
    print("using", type(c).__name__)
with contextlib.nullcontext(42) as v:
    print("null gives", v)


class Reentrant(contextlib.ContextDecorator):
    depth = 0

    def __enter__(self):
        Reentrant.depth += 1
        print("  enter depth", Reentrant.depth)
        return self

    def __exit__(self, *exc):
        print("  exit depth", Reentrant.depth, exc[0])
        Reentrant.depth -= 1
        return exc[0] is ArithmeticError


@Reentrant()
def work(n):
    if n:
        return work(n - 1)
    raise ArithmeticError("bottom")


print("work ->", work(2))


@contextlib.contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception:
        db.clear()
        db.update(snapshot)
        print("  rolled back")
        raise
    else:
        print("  committed")


db = {"a": 1}
with transaction(db) as t:
    t["b"] = 2
try:
    with transaction(db) as t:
        t["c"] = 3
        raise LookupError("conflict")
except LookupError as e:
    print("LookupError:", e, db)


@contextlib.contextmanager
def bad_gen():
    yield 1
    yield 2


try:
    with bad_gen():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
