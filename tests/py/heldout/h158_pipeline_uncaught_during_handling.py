# Uncaught error raised while handling another: nested calls through methods, lambdas, comprehensions and a generator.
class Record:
    def __init__(self, raw):
        self.raw = raw

    @property
    def fields(self):
        return dict(part.split("=", 1) for part in self.raw.split(";") if part)


class Loader:
    def __init__(self, lines):
        self.lines = lines
        self.errors = []

    def records(self):
        for n, line in enumerate(self.lines, 1):
            try:
                yield n, Record(line).fields
            except ValueError as e:
                self.errors.append((n, str(e)))

    def amounts(self):
        convert = lambda rec: int(rec["amount"])
        return [convert(rec) for _, rec in self.records()]


lines = ["id=1;amount=10", "id=2;amount=25", "broken-line", "id=4;amount=7"]
loader = Loader(lines)
print(sum(loader.amounts()), loader.errors)
try:
    Loader(["id=9"]).amounts()
except KeyError as e:
    print("missing field", e)


def report(loader):
    try:
        return loader.amounts()
    except KeyError as missing:
        table = {"id": "identifier"}
        raise LookupError("cannot report: " + table[missing.args[0]])


print(report(Loader(["amount=3", "amount=4;x=1"])))
report(Loader(["id=1;amount=2", "id=2;total=5"]))
