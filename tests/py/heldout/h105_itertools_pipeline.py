# itertools pipelines over a log of readings.
import itertools as it
import operator

readings = [("s1", 3), ("s1", 5), ("s2", 2), ("s2", 2), ("s2", 9), ("s1", 1), ("s3", 4), ("s3", 4)]

for sensor, grp in it.groupby(readings, key=operator.itemgetter(0)):
    vals = [v for _, v in grp]
    print(sensor, vals, list(it.accumulate(vals)), list(it.accumulate(vals, max, initial=0)))
by_sensor = {k: [v for _, v in g] for k, g in it.groupby(sorted(readings), key=lambda r: r[0])}
print(by_sensor)
print([k for k, _ in it.groupby("aaabccddde")], [len(list(g)) for _, g in it.groupby("aaabccddde")])

vals = [v for _, v in readings]
print(list(it.pairwise(vals)), [b - a for a, b in it.pairwise(vals)])
print(list(it.compress("ABCDEFGH", it.cycle([1, 0, 0]))))
print(list(it.takewhile(lambda v: v < 5, vals)), list(it.dropwhile(lambda v: v < 5, vals)))
print(list(it.filterfalse(lambda v: v % 2, vals)), list(it.starmap(pow, [(2, 5), (3, 2), (10, 0)])))
print(list(it.islice(it.count(10, 3), 2, 12, 3)), list(it.islice("abcdefg", None, None, 2)))
print(list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("r", 3)), list(map(pow, range(5), it.repeat(2))))
print(list(it.chain("ab", [1, 2], range(2))), list(it.chain.from_iterable(["xy", "z", ""])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(zip("abc", it.count())))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), "xy", [True]))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3)))
print(list(it.combinations_with_replacement("ab", 3)), len(list(it.permutations(range(6)))))
a, b, c = it.tee(iter([1, 2, 3, 4]), 3)
print(next(a), next(a), list(b), list(a), sum(c))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)), list(it.accumulate("abc")))
print(list(it.accumulate([3, 1, 4, 1, 5], min)), list(it.accumulate([], initial=7)))


def primes():
    yield 2
    seen = []
    for n in it.count(3, 2):
        if all(n % p for p in it.takewhile(lambda p: p * p <= n, seen)):
            seen.append(n)
            yield n


print(list(it.islice(primes(), 15)))
twin = ((p, q) for p, q in it.pairwise(primes()) if q - p == 2)
print(list(it.islice(twin, 6)))


def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := tuple(it.islice(iterator, n)):
        yield chunk


print(list(chunked(range(11), 4)), list(chunked("", 3)))


def sliding(seq, n):
    iters = it.tee(seq, n)
    for i, x in enumerate(iters):
        next(it.islice(x, i, i), None)
        for _ in range(i):
            next(x, None)
    return zip(*iters)


print(list(sliding(range(6), 3)))
table = sorted(it.product(range(1, 4), repeat=2), key=lambda p: (p[0] * p[1], -p[0]))
print(table)
print(sum(1 for _ in it.combinations(range(20), 4)), max(it.permutations("abc"), key="".join))
roundrobin = [x for x in it.chain.from_iterable(it.zip_longest("ABC", "D", "EF")) if x is not None]
print(roundrobin)
print(list(it.starmap(operator.add, zip(it.count(), "abc"))) if False else list(map(operator.mul, "abc", it.count(1))))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.combinations("abc")
except TypeError as e:
    print("TypeError:", e)
print(repr(it.count(5)), repr(it.count(2.5, 0.5)), repr(it.repeat(1, 2)))
