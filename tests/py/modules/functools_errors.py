# Error cases of the functools functions, with CPython's messages.
import functools as f
p = f.partial(len)
@f.lru_cache
def sq(x): return x
def t(fn):
    try: print(fn())
    except Exception as e: print(type(e).__name__, e)
t(lambda: f.reduce(len))
t(lambda: f.reduce(len, []))
t(lambda: f.reduce(len, 1))
t(lambda: f.partial())
t(lambda: f.partial(1))
t(lambda: f.lru_cache('a'))
t(lambda: f.cmp_to_key(lambda a,b:0)(1) < 2)
t(lambda: f.cmp_to_key())
t(lambda: f.total_ordering(type('X',(),{})))
t(lambda: setattr(p, 'func', 1))
t(lambda: hash(f.cmp_to_key(len)(1)))
t(lambda: f.reduce(len, [], 1, 2))
t(lambda: sq([1]))
t(lambda: p.nope)
t(lambda: f.cache())
t(lambda: f.lru_cache(maxsize=2)(3))
t(lambda: f.update_wrapper(1))
t(lambda: f.wraps())
t(lambda: f.partial(len, 1, 2)())
t(lambda: f.reduce(lambda a, b: a / b, [1, 0]))
f.reduce(None, [1, 2])
