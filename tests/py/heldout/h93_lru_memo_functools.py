# LRU cache by hand and with functools: cache_info, wraps, partial, reduce, cached_property.
import functools
from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print("  evict", old)

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


def memoize(cache):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            sentinel = object()
            val = cache.get(args, sentinel)
            if val is sentinel:
                val = fn(*args)
                cache.put(args, val)
            return val
        wrapper.cache = cache
        return wrapper
    return deco


@memoize(LRU(3))
def slow_square(x):
    """Square a number slowly."""
    print("  computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(x, slow_square(x))
print(slow_square.__name__, slow_square.__doc__, slow_square.__wrapped__.__name__)
print(slow_square.cache)


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(60, 60), partitions.cache_info())
partitions.cache_clear()
print(partitions.cache_info())


@functools.lru_cache(maxsize=2, typed=True)
def kind(x):
    return type(x).__name__ + ":" + repr(x)


print(kind(1), kind(1.0), kind(True), kind(1))
print(kind.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(150), fib.cache_info().currsize)

power = functools.partial(pow, exp=3)
print(power(4), power(base=2), power.func is pow, power.args, power.keywords)
p2 = functools.partial(functools.partial(max, 5), 7)
print(p2(1), p2(10), p2.args)
print(functools.reduce(lambda acc, s: acc + len(s), ["ab", "cde", ""], 100))
print(functools.reduce(lambda a, b: a * b, range(1, 21)))
try:
    functools.reduce(max, [])
except TypeError as e:
    print("TypeError:", e)


class Report:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @functools.cached_property
    def stats(self):
        self.computed += 1
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


r = Report([3, 1, 4, 1, 5, 9, 2, 6])
print(r.stats, r.stats, r.computed, "stats" in vars(r))
del r.stats
print(r.stats, r.computed)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.10.0"]]
print(sorted(vs), max(vs), Version("2.0") >= Version("2.0"), Version("1.0") > Version("1.0.1"))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
