# Held-out: batch validation with ExceptionGroup and except*; ends with an uncaught ExceptionGroup.
def validate(order):
    errors = []
    if order.get("qty", 0) <= 0:
        errors.append(ValueError(f"order {order['id']}: bad qty {order.get('qty')}"))
    if "sku" not in order:
        errors.append(KeyError(f"order {order['id']}: no sku"))
    if not isinstance(order.get("price", 0), (int, float)):
        errors.append(TypeError(f"order {order['id']}: price {order['price']!r}"))
    if errors:
        raise ExceptionGroup(f"order {order['id']} invalid", errors)
    return order["qty"] * order.get("price", 0)


orders = [
    {"id": 1, "qty": 2, "sku": "A", "price": 3.5},
    {"id": 2, "qty": 0, "sku": "B"},
    {"id": 3, "qty": 1, "price": "ten"},
    {"id": 4, "qty": -1, "price": None},
]
for o in orders:
    try:
        print("ok", validate(o))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* (KeyError, TypeError) as eg:
        print("other:", sorted(type(e).__name__ for e in eg.exceptions), eg.message)

eg = ExceptionGroup("batch", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]), KeyError("k")])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)), len(eg.exceptions), str(eg))
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, BaseException), type(ExceptionGroup("x", [KeyboardInterrupt()])).__name__ if False else "skip")
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    try:
        raise ExceptionGroup("two", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as leftover:
    print("leftover:", repr(leftover))
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("plain wrapped:", type(eg).__name__, eg.exceptions)


def collect():
    problems = []
    for o in orders:
        try:
            validate(o)
        except ExceptionGroup as e:
            problems.append(e)
    if problems:
        raise ExceptionGroup("validation failed", problems)


collect()
