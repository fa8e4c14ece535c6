# Batch validator collecting failures into nested ExceptionGroups; except* handling; ends uncaught.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class MissingField(KeyError):
    pass


def validate(record):
    errors = []
    for field in ("id", "email", "age"):
        if field not in record:
            errors.append(MissingField(field))
    if "email" in record and "@" not in record["email"]:
        errors.append(ValidationError("email", f"bad address {record['email']!r}"))
    if "age" in record:
        try:
            age = int(record["age"])
            if age < 0:
                errors.append(ValidationError("age", "negative"))
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"record {record.get('id', '?')}", errors)
    return record


def validate_all(records):
    failures = []
    ok = []
    for r in records:
        try:
            ok.append(validate(r))
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup(f"{len(failures)} of {len(records)} records invalid", failures)
    return ok


records = [
    {"id": 1, "email": "a@x", "age": "30"},
    {"id": 2, "email": "nope", "age": "-4"},
    {"email": "c@x"},
    {"id": 4, "email": "d@x", "age": "old"},
]


def walk(eg, depth=0):
    print("  " * depth + f"{type(eg).__name__}: {eg}" + (f" [{len(eg.exceptions)}]" if isinstance(eg, BaseExceptionGroup) else ""))
    if isinstance(eg, BaseExceptionGroup):
        for sub in eg.exceptions:
            walk(sub, depth + 1)


try:
    validate_all(records)
except ExceptionGroup as eg:
    walk(eg)
    missing, rest = eg.split(MissingField)
    walk(missing)
    walk(rest)
    only_val = eg.subgroup(lambda e: isinstance(e, ValidationError) and e.field == "age")
    walk(only_val)
    print(eg.subgroup(ZeroDivisionError), eg.split(Exception)[1])
    derived = eg.derive([ValueError("replaced")])
    print(type(derived).__name__, derived, derived.exceptions)

try:
    validate_all(records[:3])
except* MissingField as grp:
    print("missing handled:", [str(e) for e in grp.exceptions[0].exceptions], repr(grp.message))
except* ValidationError as grp:
    fields = []
    for g in grp.exceptions:
        fields.extend(e.field for e in g.exceptions)
    print("validation handled:", fields)

try:
    raise ExceptionGroup("plain", [TypeError("t"), KeyboardInterrupt()]) if False else ExceptionGroup("plain", [TypeError("t")])
except* TypeError as g:
    print("caught", repr(g))
try:
    raise TypeError("bare")
except* TypeError as g:
    print("bare wrapped:", repr(g), type(g.exceptions[0]).__name__)

bg = BaseExceptionGroup("mixed", [ValueError(1), SystemExit(2)])
print(type(bg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [SystemExit(1)])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)

try:
    try:
        validate_all(records)
    except* ValidationError:
        print("validation errors swallowed; others re-raised")
except* KeyError as g:
    print("outer KeyError part:", g.exceptions[0].message)
    raise RuntimeError("aborting batch") from g
