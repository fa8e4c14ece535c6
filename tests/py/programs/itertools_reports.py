# Sales reporting with itertools: groupby, accumulate, chain, product, permutations, combinations, islice, tee, zip_longest.
import itertools as it
import operator

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "west", 40), ("2024-03", "north", 150),
    ("2024-03", "west", 60),
]

for month, rows in it.groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows))

by_region = sorted(sales, key=lambda r: r[1])
print({k: [r[2] for r in g] for k, g in it.groupby(by_region, key=lambda r: r[1])})

amounts = [r[2] for r in sales]
print(list(it.accumulate(amounts)), list(it.accumulate(amounts, max)))
print(list(it.accumulate(amounts, operator.mul, initial=1))[:4])
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefgh", 1, 7, 2)))
print(list(it.takewhile(lambda x: x < 100, amounts)), list(it.dropwhile(lambda x: x < 100, amounts)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.repeat("x", 3)))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(it.pairwise([1, 4, 9, 16])))

sizes, colors = ["S", "M"], ["red", "blue", "green"]
print(list(it.product(sizes, colors))[:4], len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)))
print(list(it.combinations([1, 2, 3, 4], 3)), list(it.combinations_with_replacement("ab", 2)))

team = ["ann", "bob", "cid", "dee"]
pairs = [f"{a}-{b}" for a, b in it.combinations(team, 2)]
print(len(pairs), pairs[:3])
cyc = it.cycle(team)
rota = [next(cyc) for _ in range(6)]
print(rota)

a, b = it.tee(iter(amounts), 2)
print(next(a), next(a), next(b), list(zip(a, b))[:2])


def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, n)):
        yield chunk


print(list(chunked(range(11), 4)))


def running_average(values):
    total = 0
    for i, v in enumerate(values, 1):
        total += v
        yield round(total / i, 2)


print(list(running_average(amounts)))
best = max(it.combinations(sales, 2), key=lambda p: p[0][2] + p[1][2])
print(best)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(it.chain.from_iterable(zip(*grid))), sum(it.starmap(operator.mul, zip(amounts, it.count(1)))))
print(list(map(operator.attrgetter("real"), [1 + 2j, 3.5])), operator.methodcaller("upper")("hi"))
