# LRU cache with time-to-live, a fake clock, decorator with wraps, stats, eviction callbacks.
from collections import OrderedDict
from functools import wraps
import itertools


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, dt):
        self.now += dt


class TTLCache:
    _missing = object()

    def __init__(self, capacity, ttl, clock, on_evict=None):
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self.on_evict = on_evict
        self._data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        entry = self._data.get(key, self._missing)
        if entry is self._missing:
            self.misses += 1
            return default
        value, expires = entry
        if expires <= self.clock():
            del self._data[key]
            self._evicted(key, value, "expired")
            self.misses += 1
            return default
        self._data.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key, value):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = (value, self.clock() + self.ttl)
        while len(self._data) > self.capacity:
            old_key, (old_value, _) = self._data.popitem(last=False)
            self._evicted(old_key, old_value, "lru")

    def _evicted(self, key, value, why):
        if self.on_evict:
            self.on_evict(key, value, why)

    def __contains__(self, key):
        return key in self._data and self._data[key][1] > self.clock()

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        keys = list(self._data)
        return f"<TTLCache {len(keys)}/{self.capacity} keys={keys} hits={self.hits} misses={self.misses}>"


clock = FakeClock()
log = []
cache = TTLCache(3, ttl=10, clock=clock, on_evict=lambda k, v, why: log.append(f"{k}={v}:{why}"))


def cached(cache):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            hit = cache.get(args, TTLCache._missing)
            if hit is not TTLCache._missing:
                return hit
            result = fn(*args)
            cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return deco


calls = itertools.count(1)


@cached(cache)
def slow_square(n):
    """Square n, slowly."""
    next(calls)
    return n * n


for step, n in enumerate([2, 3, 2, 4, 5, 2, 3, 3, 6, 2]):
    clock.advance(1.5)
    print(f"t={clock():4.1f} square({n})={slow_square(n):3} {cache!r}")
clock.advance(9)
print((5,) in cache, (6,) in cache, (2,) in cache)
print(slow_square(5), slow_square(6))
print(slow_square.__name__, slow_square.__doc__, slow_square.__wrapped__(7))
print("calls made:", next(calls) - 1)
print("evictions:", log)
print("ratio", f"{cache.hits / (cache.hits + cache.misses):.3f}")
