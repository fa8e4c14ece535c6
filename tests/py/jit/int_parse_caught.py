# int(str) in hot loops, valid and invalid, with ValueError caught in the
# trace's frame: the small-decimal fast path and the general parser agree.


class S(str):
    pass


CASES = ["12", " 12 ", "+5", "-0", "-17", "007", "1_000", "12x", "", " ", "-", "+", "--1",
         "999999999999999999", "-999999999999999999", "9999999999999999999",
         "123456789012345678901234567890", "\x1c12", "12\t\n", "\u0661\u0662", "1 2", "0x10",
         S("42"), S("4 2")]


def main():
    results = []
    total = 0
    errors = 0
    for i in range(2000):
        s = CASES[i % len(CASES)]
        try:
            v = int(s)
        except ValueError as e:
            errors += 1
            if i < len(CASES):
                results.append(str(e))
        else:
            total += v
            if i < len(CASES):
                results.append(v)
    for r in results:
        print(repr(r))
    print(total, errors)
    for base in (0, 2, 8, 16, 36):
        for s in ("10", "0x10", "z", "011"):
            try:
                print(base, s, int(s, base))
            except ValueError as e:
                print(base, s, e)


main()
