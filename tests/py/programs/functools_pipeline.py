# A pricing engine built with functools: lru_cache, partial, reduce, wraps, singledispatch, total_ordering, cmp_to_key.
import functools
from functools import lru_cache, partial, reduce, wraps, singledispatch, total_ordering, cmp_to_key

calls = []


def traced(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@traced
def apply_discount(price, rate=0.1):
    """Reduce price by rate."""
    return round(price * (1 - rate), 2)


print(apply_discount.__name__, apply_discount.__doc__, apply_discount.__wrapped__.__name__)
half = partial(apply_discount, rate=0.5)
print(half(80), half.func.__name__, half.keywords, half.args)
print([apply_discount(p) for p in (10, 20, 30)], calls)


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(60, 60), partitions.cache_info().hits > 0)
partitions.cache_clear()
print(partitions.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())

print(reduce(lambda acc, x: acc * x, range(1, 11)), reduce(max, [3, 9, 2], 0))
print(reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))


@singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:,}"


@render.register(float)
def _(value):
    return f"float:{value:.3f}"


@render.register(list)
def _(value):
    return "[" + "; ".join(render(v) for v in value) + "]"


print(render(1234567), render(2.5), render([1, 2.0, "x"]), render(None))
print(render.dispatch(bool).__name__ == render.dispatch(int).__name__)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2.0") <= Version("1.0"))


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["pear", "fig", "banana", "kiwi", "apple"], key=cmp_to_key(by_length_then_alpha)))


class Account:
    def __init__(self, balance):
        self.balance = balance

    @functools.cached_property
    def report(self):
        print("building report")
        return f"balance={self.balance}"


acct = Account(10)
print(acct.report, acct.report)
pipeline = [partial(apply_discount, rate=r) for r in (0.1, 0.2)]
print(reduce(lambda v, f: f(v), pipeline, 100.0))
