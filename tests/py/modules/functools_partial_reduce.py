# reduce, partial (calls, flattening, repr, attributes) and cmp_to_key.
import functools as f
print(f.reduce(lambda a, b: a * b, range(1, 6)), f.reduce(lambda a, b: a + b, [], 7), f.reduce(max, [3, 9, 2]))
def g(a, b, c=0, *, d=1): return (a, b, c, d)
p = f.partial(g, 1, d=5)
print(p(2), p(2, 3, d=9), p.func is g, p.args, p.keywords)
q = f.partial(p, 2, c=7)
print(q(), q.func is g, q.args, q.keywords)
print(repr(f.partial(max, 1, key=abs)))
p.attr = 3; print(p.attr, p.__dict__)
print(sorted([3, 1, 2], key=f.cmp_to_key(lambda a, b: b - a)))
K = f.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(2), K(5).obj)
print(f.partial(f.partial(len)).func is len)
pp = f.partial(g, 1)
pp.x = 1
print(f.partial(pp, 2).func is pp, f.partial(pp, 2)(3))
print(sorted(['bb', 'a', 'ccc'], key=f.cmp_to_key(lambda a, b: len(a) - len(b))))
print(min([3, 1, 2], key=f.cmp_to_key(lambda a, b: a - b)), type(K(1)).__name__)
