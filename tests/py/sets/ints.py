# Sets of ints: add, discard, remove, membership, union/intersection/difference, len, iteration.
s = {3, 1, 2, 3, 1}
print(len(s), 1 in s, 4 in s, sorted(s))
s.add(10)
s.add(1)
s.discard(2)
s.discard(99)
print(sorted(s), len(s))
s.remove(10)
print(sorted(s))
a = set(range(10))
b = {x * 2 for x in range(8)}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(b.difference(a)))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 4}.isdisjoint({2, 3}), {1} == {1})
print(set(), len(set()), set([4, 4, 5]) == {4, 5}, {5, 6, 7})
seen = set()
dups = []
for v in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if v in seen:
        dups.append(v)
    seen.add(v)
print(dups, len(seen))
total = 0
for v in {100, 200, 300}:
    total += v
print(total)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError", e)
