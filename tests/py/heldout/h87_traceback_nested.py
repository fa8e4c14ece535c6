# Nested exceptions printed by the traceback module: format_exception_only,
# chains with __context__ and __cause__, suppression, exception notes.
import sys
import traceback


class AppError(Exception):
    pass


class StorageError(AppError):
    def __init__(self, path, reason):
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self):
        return f"{self.path}: {self.reason}"


def read(path):
    if path.endswith(".bad"):
        raise OSError(5, "I/O error", path)
    return {"path": path}


def load(path):
    try:
        return read(path)
    except OSError as e:
        raise StorageError(path, e.strerror) from e


def load_all(paths):
    out = []
    for p in paths:
        try:
            out.append(load(p))
        except StorageError as e:
            try:
                out.append(load(p.replace(".bad", ".bak")))
            except StorageError:
                raise
            else:
                e.add_note(f"recovered {p}")
                out.append(("note", e.__notes__))
    return out


print(load_all(["a.txt", "b.bad"]))
for exc in [ValueError("v"), KeyError("k"), OSError(2, "No such file", "x.txt"), StorageError("p", "r"),
            SyntaxError("bad", ("f.py", 3, 5, "x = = 1", 3, 7)), AppError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    print(traceback.format_exception_only(type(exc), exc))
try:
    try:
        {}["missing"]
    except KeyError:
        raise AppError("lookup failed")
except AppError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1], "During handling" in "".join(lines))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise AppError("math") from z
except AppError as e:
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print("direct cause" in text, text.strip().splitlines()[-1])
try:
    try:
        int("x")
    except ValueError:
        raise AppError("clean") from None
except AppError as e:
    print(e.__suppress_context__, type(e.__context__).__name__, e.__cause__)
    print("".join(traceback.format_exception(e)).count("Traceback"))
try:
    raise AppError("noted")
except AppError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(traceback.format_exception_only(e))
    print(e.__notes__)


def f():
    raise StorageError("/tmp/x", "disk full")


try:
    f()
except AppError:
    etype, evalue, tb = sys.exc_info()
    print(etype.__name__, evalue, [fs.name for fs in traceback.extract_tb(tb)])
    summary = traceback.extract_tb(tb)
    print(len(summary), summary[-1].name, summary[-1].line)
print(sys.exc_info())
exc = ValueError("standalone")
print(traceback.format_exception(exc), exc.__traceback__)
print(repr(StorageError("a", "b")), StorageError("a", "b").args, isinstance(StorageError("a", "b"), Exception))
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    out = traceback.format_exception_only(eg)
    print(out)
    print(eg.split(ValueError)[0].exceptions, eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions)
load_all(["ok.txt"])
load("final.bad")
