# update_wrapper, wraps and total_ordering.
import functools as f
def deco(fn):
    @f.wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    "Say hello."
    return 'hi ' + name
hello.extra = 1
print(hello('bob'), hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__, hello.__module__)
def w2(): pass
def orig(): pass
orig.tag = 'x'
f.update_wrapper(w2, orig); print(w2.__name__, w2.tag, w2.__wrapped__ is orig)
@f.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), V(2) <= V(1))
@f.total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) <= W(1), W(3) > W(2), W(2) >= W(3), W.__lt__.__name__)
print(f.WRAPPER_ASSIGNMENTS, f.WRAPPER_UPDATES)
print(hello.__dict__['extra'] if 'extra' in hello.__dict__ else None, hello.__annotations__)
def w3(): pass
f.update_wrapper(w3, hello, assigned=('__doc__',), updated=())
print(w3.__name__, w3.__doc__, w3.__wrapped__ is hello)
@f.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(G(1) < G(2), G(2) <= G(2), G(1) >= G(1), sorted([G(3), G(1)], key=lambda g: g)[0].v)
@f.total_ordering
class L:
    def __init__(self, v): self.v = v
    def __le__(self, o):
        return NotImplemented if not isinstance(o, L) else self.v <= o.v
print(L(1) < L(2), L(3) > L(2), L(1) >= L(2))
try:
    L(1) < 5
except TypeError as e:
    print('TypeError', e)
