# Tournament scheduling with itertools and functools: combinations, product, accumulate, groupby, reduce, partial, total_ordering, singledispatch, cached_property.
import itertools as it
import functools as ft
import operator


@ft.total_ordering
class Team:
    def __init__(self, name, rating):
        self.name = name
        self.rating = rating
        self.points = 0

    def __eq__(self, other):
        return (self.points, self.rating) == (other.points, other.rating)

    def __lt__(self, other):
        return (self.points, self.rating) < (other.points, other.rating)

    def __repr__(self):
        return f"{self.name}({self.points})"

    @ft.cached_property
    def initials(self):
        print(f"  computing initials of {self.name}")
        return "".join(w[0] for w in self.name.split())


teams = [Team("Red Rockets", 81), Team("Blue Bees", 77), Team("Green Giants", 90), Team("Gold Goats", 77)]
fixtures = list(it.combinations(teams, 2))
print(len(fixtures), [(a.initials, b.initials) for a, b in fixtures[:3]])
for a, b in fixtures:
    diff = a.rating - b.rating
    if abs(diff) < 5:
        a.points += 1
        b.points += 1
    elif diff > 0:
        a.points += 3
    else:
        b.points += 3
table = sorted(teams, reverse=True)
print(table, max(teams).name, min(teams), teams[1] == teams[3], teams[1] <= teams[3], teams[0] > teams[1])
print([t.initials for t in teams])

print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(it.accumulate(range(1, 6), operator.mul, initial=10)))
print(list(it.product("ab", [1, 2], repeat=1)), len(list(it.product(range(3), repeat=4))))
print(list(it.permutations("abc", 2)), list(it.combinations_with_replacement("xy", 3)))
scores = [("ann", 3), ("bob", 3), ("cy", 5), ("di", 5), ("ed", 1)]
print([(k, [n for n, _ in g]) for k, g in it.groupby(sorted(scores, key=operator.itemgetter(1)), key=operator.itemgetter(1))])
print(list(it.chain.from_iterable(["ab", "cd", "e"])), list(it.zip_longest("abc", [1], fillvalue="?")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.pairwise("abcd")), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("k", 3)))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")

print(ft.reduce(lambda acc, t: acc + t.points, teams, 0), ft.reduce(operator.or_, [{1}, {2}, {1, 3}]))
print(sorted(["b10", "a2", "b9", "a10"], key=ft.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
base2 = ft.partial(int, base=2)
print(base2("1011"), base2.func.__name__, base2.keywords, ft.partial(base2, "111")())


@ft.singledispatch
def describe(x):
    return f"thing {x!r}"


@describe.register
def _(x: int):
    return f"int {x:+d}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"seq of {len(x)}: " + ", ".join(describe(i) for i in x)


@describe.register(bool)
def _(x):
    return "yes" if x else "no"


print(describe(5), "|", describe([1, "a", (True, 2.5)]), "|", describe(None))


@ft.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().hits > 0, ways.cache_info().maxsize)
ways.cache_clear()
print(ways.cache_info())
