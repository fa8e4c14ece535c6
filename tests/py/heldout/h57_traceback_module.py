# Held-out: nested exception handling reported with the traceback module (printed to stdout).
import traceback
import sys


class StepError(Exception):
    def __init__(self, step, reason):
        super().__init__(step, reason)
        self.step = step

    def __str__(self):
        return f"step {self.step}: {self.args[1]}"


def step_one(x):
    return 10 / x


def step_two(data, key):
    return data[key]


def pipeline(x, data, key):
    try:
        a = step_one(x)
    except ZeroDivisionError as e:
        raise StepError(1, "division") from e
    try:
        return a + step_two(data, key)
    except KeyError:
        raise StepError(2, f"no key {key!r}")


for args in [(2, {"k": 1}, "k"), (0, {}, "k"), (1, {"k": 1}, "z")]:
    try:
        print("result", pipeline(*args))
    except StepError as e:
        print("error:", e, "| args:", e.args)
        te = traceback.TracebackException.from_exception(e)
        print("".join(te.format_exception_only()), end="")
        print("cause:", type(e.__cause__).__name__ if e.__cause__ else None,
              "context:", type(e.__context__).__name__ if e.__context__ else None)
        frames = traceback.extract_tb(e.__traceback__)
        print("frames:", [f.name for f in frames], [f.line for f in frames])

try:
    try:
        [].pop()
    except IndexError:
        {}.popitem()
except KeyError as e:
    parts = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(parts), [p.splitlines()[0] for p in parts if not p.startswith("  ")])
    print(parts[-1], end="")

e = ValueError("standalone")
print(traceback.format_exception_only(ValueError, e), repr(e.__traceback__))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, caught.__traceback__.tb_lineno > 0)


def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)


try:
    deep(3)
except LookupError as e:
    summary = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno - deep.__code__.co_firstlineno) for f in summary[1:]])
    print(traceback.format_tb(e.__traceback__)[-1].splitlines()[-1].strip())

exc = RuntimeError("with note")
exc.add_note("first note")
exc.add_note("second note")
print(traceback.format_exception_only(RuntimeError, exc))
print(exc.__notes__)
try:
    raise TypeError("bad type") from ValueError("root")
except TypeError as err:
    lines = traceback.format_exception(err)
    print(sum(1 for l in lines if "direct cause" in l), lines[-1].strip())
sys.stderr.write("".join(traceback.format_exception_only(KeyError, KeyError("k"))))
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(OSError(2, "nope")), str(OSError(2, "nope")))
