# Held-out: functools: reduce, singledispatch, cached_property, cmp_to_key, partialmethod; operator module.
import functools
import operator
from itertools import starmap, product, permutations, combinations, combinations_with_replacement, pairwise


@functools.singledispatch
def describe(obj):
    return f"object {type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register(bool)
def _(obj):
    return "bool!"


print(describe(3), describe(True), describe("s"), describe([1, (2, 3.5)]))


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @functools.cached_property
    def stats(self):
        self.computed += 1
        n = len(self.values)
        mean = sum(self.values) / n
        var = sum((v - mean) ** 2 for v in self.values) / n
        return {"n": n, "mean": mean, "var": round(var, 3)}

    def scale(self, k):
        return [v * k for v in self.values]

    double = functools.partialmethod(scale, 2)


ds = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(ds.stats, ds.stats is ds.stats, ds.computed, ds.double())
del ds.stats
print(ds.stats["var"], ds.computed)


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])))
getter = operator.attrgetter("real", "imag")
print(getter(3 + 4j), operator.methodcaller("split", ",")("a,b"), operator.itemgetter("k", "j")({"k": 1, "j": 2}))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), operator.neg(5), operator.index(7))
print(list(product("ab", repeat=2)), len(list(permutations(range(4), 2))), list(combinations("abcd", 3))[:2])
print(list(combinations_with_replacement([1, 2], 2)), list(pairwise("abcd")))
add3 = functools.partial(operator.add, 3)
print(add3(4), add3.func is operator.add, functools.reduce(operator.or_, [{1}, {2}, {3, 1}]))


@functools.total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]

    def __eq__(self, o):
        return self.RANKS.index(self.rank) == self.RANKS.index(o.rank)

    def __lt__(self, o):
        return self.RANKS.index(self.rank) < self.RANKS.index(o.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in "KH 2C TD AS 9H TS".split()]
print(sorted(hand), max(hand), Card("TD") >= Card("TS"), Card("2C") > Card("3C"))
print(functools.reduce(lambda acc, c: acc + Card.RANKS.index(c.rank), hand, 0))
wrapped = functools.wraps(len)(lambda x: 0)
print(wrapped.__name__, wrapped.__wrapped__ is len)
