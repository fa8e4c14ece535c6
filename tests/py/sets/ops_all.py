# set/frozenset: all operators and methods, int iteration order, errors, repr.
# Sets are built with set([...]) rather than constant literals: a literal's
# frozenset constant is sorted by marshal in the .pyc, so its order differs
# between `python3.11 x.py` and any run from the .pyc.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = set([5, 3, 1, 9, 7, 100, 33, 64, 2])
b = set([1, 2, 4, 8, 16, 32, 64])
print(a, b)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [1000]), a.intersection(b, {2, 64}), a.difference(b, {9}), a.symmetric_difference([1, 0]))
print(a <= b, a < a, a <= a, {1} < {1, 2}, {1, 2} > {1}, a >= {1, 3}, a.issubset(range(200)), a.issuperset([1, 3]))
print(a.isdisjoint({0}), a.isdisjoint([1]), a == set(a), frozenset(a) == a)
c = set(a); c.add(-1); c.discard(100); c.discard(12345); c.remove(33); print(c)
t(lambda: c.remove(999))
t(lambda: set().pop())
p = {10, 20, 30}; print(p.pop(), p)
d = set(range(10)); d &= {1, 2, 3, 50}; print(d)
d |= {7}; d -= {1}; d ^= {2, 8}; print(d)
e = set("a"); e.update([1], (2,)); e.intersection_update([1, 2, 3]); print(e)
e.difference_update({1}); e.symmetric_difference_update({5}); print(e)
f = frozenset([3, 1, 2])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1}, hash(f) == hash(frozenset([1, 2, 3])))
print(frozenset(), set(), repr(frozenset({1})), frozenset("aa"))
t(lambda: f.add(1))
t(lambda: {[1]})
t(lambda: {1} | [2])
t(lambda: {1} < [2])
t(lambda: {1}.union(5))
t(lambda: hash(set()))
print({x * x for x in range(-5, 6)}, set(range(20, 0, -3)), set([-1, -2, -3, 0]))
print(set([2**64, 1, 2**32]), set([1.5, 1, 2.0]), set([True, 1, 1.0, 0, False]))
s = {1, 2, 3}
print(s.copy(), s.copy() is s, len(s), 2 in s, [1] in [s], frozenset({1, 2}) in {frozenset({1, 2})})
print({1, 2} in [set([2, 1])], set([frozenset([1])]))
print(sorted({"b", "a"}), list({100: 1, 5: 2}.keys() | {1}))
g = set(range(100, 110)); g.clear(); print(g)
def mutate():
    for x in s:
        s.add(x + 10)
t(mutate)
r = {1, 2}
t(lambda: r.__contains__([1]))
t(lambda: frozenset([1]).__contains__({1}))
