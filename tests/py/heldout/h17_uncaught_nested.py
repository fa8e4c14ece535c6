# Held-out: uncaught exception raised inside nested calls with a context (during handling).
class ValidationError(Exception):
    pass


def validate(rec):
    if "id" not in rec:
        raise ValidationError(f"record without id: {sorted(rec)}")
    return rec["id"]


def load(records):
    out = []
    for r in records:
        try:
            out.append(validate(r))
        except ValidationError:
            out.append(None)
    return out


print(load([{"id": 1}, {"x": 2}, {"id": 3}]))


def process(items):
    total = 0
    for it in items:
        try:
            total += it["qty"] * it["price"]
        except KeyError as missing:
            raise ValidationError(f"item missing {missing}")
    return total


print(process([{"qty": 2, "price": 3}]))
process([{"qty": 1, "price": 2}, {"qty": 5}])
