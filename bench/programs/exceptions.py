# Benchmark: exceptions raised and caught in loops (raise, try/except/else/finally,
# exception subclasses, exception attributes, EAFP dict and int parsing).
# bench: default=1200000 quick=5000
import sys


class ParseError(ValueError):
    def __init__(self, pos):
        ValueError.__init__(self, "bad input at %d" % pos)
        self.pos = pos


def parse(i):
    if i % 7 == 0:
        raise ParseError(i)
    if i % 11 == 0:
        raise KeyError(i)
    return i * 2


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
    ok = bad = missing = finals = 0
    table = {}
    for i in range(n):
        try:
            v = parse(i)
        except ParseError as e:
            bad += e.pos % 10
        except LookupError:
            missing += 1
        else:
            ok += v & 0xFF
        finally:
            finals += 1
        key = i % 100
        try:
            table[key] += 1
        except KeyError:
            table[key] = 1
        try:
            int("12x" if i % 3 == 0 else "12")
        except ValueError:
            ok += 1
    print(ok, bad, missing, finals, sum(table.values()))


main()
