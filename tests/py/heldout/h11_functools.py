# Held-out: functools lru_cache, partial, reduce, total_ordering, cached_property, singledispatch.
import functools
import operator


@functools.lru_cache(maxsize=None)
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


print(ways(50, 50), ways.cache_info())
ways.cache_clear()
print(ways.cache_info())


@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())
p = functools.partial(int, base=2)
print(p("1011"), p.func is int, p.args, p.keywords)
pw = functools.partial(pow, 2)
print(pw(10), functools.partial(pw, 5)())
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), Version("1.0") >= Version("0.99"), Version("2") <= Version("1.5"))


class Data:
    def __init__(self, xs):
        self.xs = xs

    @functools.cached_property
    def total(self):
        print("summing")
        return sum(self.xs)


d = Data([1, 2, 3])
print(d.total, d.total, "total" in d.__dict__)


@functools.singledispatch
def show(x):
    return f"obj {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return "list " + ",".join(show(i) for i in x)


print(show(3), show("s"), show([1, "a"]), show(True))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(list(map(operator.itemgetter(1), [(1, 2), (3, 4)])), operator.attrgetter("real")(5))
print(operator.methodcaller("split", ",")("a,b"), operator.add(2, 3), operator.neg(4))


def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a) + 1
    return w


@deco
def h(x):
    "doc h"
    return x


print(h(1), h.__name__, h.__doc__, h.__wrapped__(1))
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
