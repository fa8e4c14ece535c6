# lru_cache and cache: hits, misses, eviction order, typed keys, cache_info,
# cache_clear, methods.
import functools as f
@f.lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__, sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@f.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@f.cache
def fact(n): return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())
@f.lru_cache(typed=True)
def ty(x): return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@f.lru_cache(None)
def one(x): return x
print(one(1), one(True), one.cache_info())
class A:
    @f.lru_cache(maxsize=None)
    def m(self, x): return x * 2
print(A().m(4), A.m.cache_info())
@f.lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
@f.lru_cache(maxsize=-3)
def neg(x): return x
print(neg(1), neg.cache_info())
@f.lru_cache(maxsize=3)
def kw(a, b=0, *, c=0): return a + b + c
print(kw(1), kw(1, b=2), kw(1, 2), kw(a=1), kw(1, c=3), kw.cache_info())
calls = []
@f.lru_cache(maxsize=2)
def order(x):
    calls.append(x); return x
for v in [1, 2, 1, 3, 2, 1]:
    order(v)
print(calls, order.cache_info())
print(type(sq).__name__, sq.__doc__, sq.cache_info().hits, sq.cache_info()[1], tuple(sq.cache_info()))
