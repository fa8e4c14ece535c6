# Held-out: exception groups, except*, add_note, nested groups.
def risky(i):
    if i % 3 == 0:
        raise ValueError(f"bad value {i}")
    if i % 3 == 1:
        raise TypeError(f"bad type {i}")
    return i


def run_all(n):
    errors = []
    results = []
    for i in range(n):
        try:
            results.append(risky(i))
        except Exception as e:
            e.add_note(f"while processing item {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)
    return results


try:
    run_all(5)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], [e.__notes__ for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions], eg.message)

eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("k"), ValueError("b")]), OSError("o")])
print(repr(eg), len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(match, rest)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(OSError).exceptions, eg.derive([ValueError("z")]))
try:
    try:
        raise eg
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as remaining:
    print("remaining:", repr(remaining))
try:
    raise ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup("e", [ValueError()])).__name__)
try:
    raise TypeError("plain")
except* TypeError as g:
    print("wrapped:", repr(g))
e = ValueError("noted")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
