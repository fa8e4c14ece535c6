# Error handling in an import job: custom hierarchies, add_note, raise from, chained context, except*, traceback formatting; ends with an uncaught error carrying notes.
import traceback


class ImportJobError(Exception):
    """Base error of the import job."""


class RowError(ImportJobError):
    def __init__(self, row, message):
        super().__init__(f"row {row}: {message}")
        self.row = row


class SchemaError(ImportJobError):
    pass


def parse_row(n, text):
    fields = text.split(",")
    if len(fields) != 3:
        raise RowError(n, f"expected 3 fields, got {len(fields)}")
    name, qty, price = fields
    try:
        return name.strip(), int(qty), float(price)
    except ValueError as e:
        err = RowError(n, "bad number")
        err.add_note(f"original text: {text!r}")
        raise err from e


rows = ["bolt, 4, 0.5", "nut,x,0.1", "gear,2", "cog, 3, 1e2", "washer, 7, abc"]
good, bad = [], []
for n, row in enumerate(rows, 1):
    try:
        good.append(parse_row(n, row))
    except RowError as e:
        bad.append(e)
        print(f"{type(e).__name__}: {e} | cause={type(e.__cause__).__name__ if e.__cause__ else None} | notes={getattr(e, '__notes__', [])}")
print(good)

try:
    try:
        {}["schema"]
    except KeyError:
        raise SchemaError("schema missing")
except SchemaError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__, e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise SchemaError("hidden context") from None
except SchemaError as e:
    print(repr(e.__context__), e.__suppress_context__)

print("".join(traceback.format_exception_only(type(bad[0]), bad[0])), end="")
print(traceback.format_exception_only(ValueError, ValueError("plain")))

try:
    raise ExceptionGroup("batch", bad + [SchemaError("no header")])
except* SchemaError as eg:
    print("schema errors:", [str(e) for e in eg.exceptions])
except* RowError as eg:
    print("row errors:", sorted(e.row for e in eg.exceptions), eg.message)

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))

eg = ExceptionGroup("mixed", [RowError(9, "x"), SchemaError("y"), KeyError("z")])
match, rest = eg.split(ImportJobError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))


def finalize(job):
    try:
        return f"{job} ok"
    finally:
        print("  cleanup", job)


print(finalize("j1"))
for exc in (RowError(3, "late"), SchemaError("s"), ImportJobError("base")):
    try:
        raise exc
    except (RowError, SchemaError) as e:
        print("specific", type(e).__name__)
    except ImportJobError as e:
        print("generic", e, ImportJobError.__doc__)

summary = ImportJobError(f"{len(bad)} rows failed")
for e in bad:
    summary.add_note(f"- {e}")
summary.add_note("see the log for details")
raise summary from bad[-1]
