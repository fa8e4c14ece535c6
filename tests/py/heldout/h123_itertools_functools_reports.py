# Sales report with itertools and functools: groupby, accumulate, product, combinations, tee, pairwise, reduce, partial, cached_property, total_ordering, singledispatch.
import itertools as it
import functools as ft
import operator

sales = [
    ("2023-01", "north", 120), ("2023-01", "south", 80), ("2023-02", "north", 95),
    ("2023-02", "south", 130), ("2023-02", "east", 40), ("2023-03", "north", 150),
    ("2023-03", "east", 60),
]

for month, rows in it.groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows), [r[1] for r in rows])

by_region = sorted(sales, key=lambda r: (r[1], r[0]))
print({k: [r[2] for r in g] for k, g in it.groupby(by_region, key=lambda r: r[1])})
monthly = [sum(r[2] for r in g) for _, g in it.groupby(sales, key=lambda r: r[0])]
print(monthly, list(it.accumulate(monthly)), list(it.accumulate(monthly, max)), list(it.accumulate(monthly, operator.mul, initial=1)))
print(list(it.pairwise(monthly)), [b - a for a, b in it.pairwise(monthly)])
print(list(it.product("ab", [1, 2], repeat=1)), len(list(it.product(range(3), repeat=3))))
print(list(it.combinations("ABCD", 2)), list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations_with_replacement("xy", 3)))
print(list(it.islice(it.cycle("abc"), 2, 9, 2)), list(it.repeat("z", 3)), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 3])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3])))
print(list(it.filterfalse(None, [0, 1, "", "a", None])), list(it.starmap(pow, [(2, 5), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.chain.from_iterable([[1, 2], (3,), "45"])))
a, b = it.tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
counter = it.count(10, 2.5)
print([next(counter) for _ in range(4)], repr(counter))
print(ft.reduce(operator.add, [r[2] for r in sales]), ft.reduce(lambda acc, r: acc | {r[1]}, sales, frozenset()) == {"north", "south", "east"})

tax = ft.partial(round, ndigits=2)
with_vat = ft.partial(operator.mul, 1.2)
print(tax(3.14159), with_vat(100), tax.func.__name__, tax.keywords, repr(ft.partial(max, 1, key=abs))[:30])


@ft.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    @ft.cached_property
    def major(self):
        print("  computing major for", self)
        return self.parts[0]


vs = [Version(s) for s in ["1.10.0", "1.2.3", "2.0", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("3") <= Version("2.9"))
print(vs[0].major, vs[0].major, "major" in vars(vs[0]))


@ft.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:+d}"


@render.register(list)
@render.register(tuple)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register(float)
def _(value):
    return f"float:{value:.1f}"


print(render(5), render(2.25), render([1, (2.0, "s")]), render(True), render(None))
print(sorted(k.__name__ for k in render.registry))


@ft.lru_cache(maxsize=3)
def slow_square(n):
    print("  miss", n)
    return n * n


print([slow_square(n) for n in [1, 2, 1, 3, 4, 1, 2]])
print(slow_square.cache_info())
print(ft.cmp_to_key(lambda x, y: (x > y) - (x < y))(3) < ft.cmp_to_key(lambda x, y: (x > y) - (x < y))(4))
