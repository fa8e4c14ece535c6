# An uncaught exception raised deep in nested calls with an implicit context; traceback compared.
class ParseError(Exception):
    pass


def parse_record(line):
    fields = line.split(";")
    return {"id": int(fields[0]), "name": fields[1].strip(), "score": float(fields[2])}


def load(lines):
    out = []
    for n, line in enumerate(lines, 1):
        try:
            out.append(parse_record(line))
        except (ValueError, IndexError) as e:
            print(f"line {n}: skipped ({type(e).__name__}: {e})")
    return out


records = load(["1; ann; 9.5", "2;bob;x", "3", "4; cy ; 7.25", "five;dee;1"])
print(records)
print(sorted(records, key=lambda r: -r["score"]))
avg = sum(r["score"] for r in records) / len(records)
print(f"average {avg:.3f}")


def strict_load(lines):
    result = []
    for line in lines:
        try:
            result.append(parse_record(line))
        except ValueError:
            raise ParseError(f"cannot parse {line!r}")
    return result


print(strict_load(["7;ok;1.0"]))
strict_load(["8;fine;2", "9;bad;NaNx"])
