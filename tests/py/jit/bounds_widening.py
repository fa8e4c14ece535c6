# Constant indices of one list or tuple read and written in a loop: the trace
# checks the largest index once (jit/bounds.h). Rows shorter than that index
# come now and then: the work done before the failing access (prints, stores,
# appends) must happen once, and the IndexError must come from the right
# access, caught or not.


def read_rows(rows):
    log = []
    total = 0.0
    for n, r in enumerate(rows):
        try:
            a = r[0]
            log.append(n)
            b = r[2]
            total += a * b
            c = r[5]
            total += c
        except IndexError as e:
            print("row", n, "len", len(r), "->", e)
    return total, len(log)


def write_rows(rows):
    done = 0
    for r in rows:
        try:
            r[1] = r[0] + 1.5
            done += 1
            r[4] = r[1] * 2.0
            r[2] = -r[4]
        except IndexError as e:
            print("store failed at len", len(r), e)
    return done


def tuple_fields(items):
    s = 0
    for t in items:
        s += t[0] + t[3] - t[1]
    return s


def main():
    rows = []
    for i in range(300):
        size = 7 if i % 37 else (i // 37) % 7
        rows.append([float(i + k) for k in range(size)])
    print(read_rows(rows))
    print(write_rows(rows))
    print(sum(sum(r) for r in rows))
    print(rows[37], rows[74], rows[111])
    print(tuple_fields([(i, i + 1, i + 2, i * 3) for i in range(200)]))
    short = [(1, 2, 3, 4)] * 150 + [(1, 2)]
    print(tuple_fields(short))


main()
