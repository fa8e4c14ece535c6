# Tuples built and unpacked in traced loops: returned from inlined calls,
# stored in locals, kept across iterations, mixed with lists, escaping into
# containers, and UNPACK_SEQUENCE failures (wrong length) at loop exits.


def divmod2(a, b):
    return a // b, a % b


def swap_loop(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b, c = c, a, b
    return a, b, c


def returned(n):
    s = 0
    for i in range(1, n):
        q, r = divmod2(n * 7, i)
        s += q - r
    return s


def floats(n):
    x, y = 0.5, 1.5
    for i in range(n):
        t = (x * 0.5 + y, y - x)
        x, y = t
    return x, y


def escaping(n):
    out = []
    last = ()
    for i in range(n):
        t = (i, i * i, str(i))
        out.append(t)
        if i % 3 == 0:
            last = t
    return len(out), out[-1], last, out[5] is out[5]


def carried(n):
    pair = (0, 0)
    for i in range(n):
        pair = (pair[1], i)
    return pair


def mismatched(n):
    got = []
    for i in range(n):
        t = (i, i + 1) if i < n - 1 else (i, i + 1, i + 2)
        try:
            a, b = t
            got.append(a + b)
        except ValueError as e:
            got.append(str(e))
    return got[-3:]


def nested(n):
    acc = 0
    for i in range(n):
        (a, b), c = (i, i + 1), i * 2
        acc += a * b - c
    return acc


def empty_and_single(n):
    total = 0
    for i in range(n):
        e = ()
        s = (i,)
        total += len(e) + len(s) + s[0]
    return total


def big_ints(n):
    x = 2**60
    for i in range(n):
        x, y = x + i, x - i
    return x, y


for n in (1, 2, 7, 100):
    print(swap_loop(n), returned(n + 1), floats(n), carried(n))
    print(escaping(n + 6), mismatched(n + 1), nested(n), empty_and_single(n), big_ints(n))
