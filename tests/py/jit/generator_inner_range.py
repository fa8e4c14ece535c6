# A generator whose body runs a short `for _ in range(k)` loop between two
# yields, consumed by a hot for loop: the inner loop is unrolled inside the
# inlined generator (its trip count guarded); other trip counts exit inside
# the body, and their side traces resume the generator mid-body from the
# FOR_ITER. Exits at the inner loop's first and later iterations, an inner
# loop that never runs, one that runs longer than the unroll limit, and the
# generator ending or raising inside the inner loop.


def words(n, syllables):
    state = 12345
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + (state >> 16) % 3
        w = ""
        s = state >> 4
        for _ in range(length):
            w += syllables[s % 5]
            s //= 5
        yield w


def counts_of(n):
    counts = {}
    for w in words(n, ["a", "bo", "cu", "de", "fi"]):
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())[:6], len(counts)


def trip_counts(seq):
    # trip counts taken from a list: 0 (no iteration), 1..6 (past the
    # unroll limit), in runs and alternating
    for k in seq:
        acc = k
        for j in range(k):
            acc = acc * 3 + j
        yield acc


def two_ranges(n):
    # two inner loops in one body, the second bounded by the first's result
    for i in range(n):
        a = 0
        for j in range(i % 3):
            a += j + 1
        b = 0
        for j in range(a % 4):
            b += a
        yield a, b


def ends_in_inner(n):
    # the generator raises from inside its inner loop at the n-th item
    i = 0
    while True:
        for j in range(2):
            if i == n and j == 1:
                raise ValueError("stop at %d" % i)
        yield i
        i += 1


def main():
    print(counts_of(3000))
    seq = [1] * 200 + [2] * 200 + [0, 1, 2, 3] * 100 + [6, 5, 4] * 60 + [3] * 100
    total = 0
    for v in trip_counts(seq):
        total += v
    print(total)
    print(sum(a * 7 + b for a, b in two_ranges(2000)))
    out = 0
    try:
        for v in ends_in_inner(700):
            out += v
    except ValueError as e:
        print("caught", e, out)
    # the same generator consumed by two loops in turn: the second resumes
    # it where the first stopped (mid-stream)
    g = trip_counts([2, 1, 3] * 200)
    first = 0
    for v in g:
        first += v
        if first > 5000:
            break
    rest = 0
    for v in g:
        rest += v
    print(first, rest)


main()
