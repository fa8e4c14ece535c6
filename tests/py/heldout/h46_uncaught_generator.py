# Held-out: a data pipeline whose generator raises; ends with an uncaught error from inside a generator.
import sys


def records():
    data = [("alice", "34"), ("bob", "29"), ("carol", "n/a"), ("dave", "41")]
    for name, age in data:
        yield name, age


def typed(rows):
    for name, age in rows:
        try:
            yield name, int(age)
        except ValueError:
            print(f"skipping {name}: {age!r}", file=sys.stderr)
            yield name, None


def stats(rows):
    total = count = 0
    for name, age in rows:
        if age is None:
            continue
        total += age
        count += 1
        yield name, total / count


for name, avg in stats(typed(records())):
    print(f"{name:>6}: running avg {avg:6.2f}")


def strict(rows):
    for i, (name, age) in enumerate(rows):
        if age is None:
            raise ValueError(f"row {i} ({name}) has no age")
        yield age


def consume(gen):
    return [x * 2 for x in gen]


try:
    consume(strict(typed(records())))
except ValueError as e:
    print("first pass:", e)

g = strict(typed(records()))
print(next(g), next(g))
print(sum(consume(strict(typed(records())))))
