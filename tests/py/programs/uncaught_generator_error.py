# A generator pipeline where a bad record escapes from deep inside nested generators, uncaught.
def read_records(lines):
    for n, line in enumerate(lines, 1):
        yield n, line.split(",")


def parse(records):
    for n, fields in records:
        name, qty, price = fields
        yield n, name.strip(), int(qty), float(price)


def totals(rows):
    for n, name, qty, price in rows:
        yield name, qty * price


data = [
    "apple, 3, 0.5",
    "pear, 2, 0.75",
    "melon, 1, 3.20",
]
for name, total in totals(parse(read_records(data))):
    print(f"{name:>6}: {total:6.2f}")

gen = totals(parse(read_records(["kiwi, 4, 0.25", "plum, x, 1"])))
print(next(gen))
summary = dict(totals(parse(read_records(data + ["grape, 2"]))))
print(summary)
