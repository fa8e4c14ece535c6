# Tuples: packing, indexing, slicing, concatenation, comparison, count/index, as return values.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
empty = ()
single = (5,)
print(empty, single, len(single), (1, 2) + (3,), (0,) * 3)
print(1 in t, "three" in t, t.count(1), (1, 2, 1).count(1), t.index(3.0))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0])
a, b, c, d = t
print(d, c, b, a)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9, 9))


def min_max(values):
    return min(values), max(values)


lo, hi = min_max([4, 8, -2, 7])
print(lo, hi, min_max((1.5, 0.5)))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
coords = [(1, 2), (3, 4)]
print(sum([x * y for x, y in coords]))
