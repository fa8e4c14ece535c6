# len() of str, list, tuple, dict, set, range; range objects: indexing, membership, steps.
print(len(""), len("hello"), len([1, 2, 3]), len(()), len((1,)))
print(len({"a": 1, "b": 2}), len({1, 2, 2}))
print(len(range(10)), len(range(3, 20, 4)), len(range(10, 0, -1)), len(range(5, 0)))
r = range(2, 30, 5)
print(r[0], r[1], r[-1], len(r))
print(7 in r, 8 in r, 27 in r, 30 in r)
print(r)
print(range(5), range(1, 5), range(1, 5, 2))
total = 0
for i in range(len("counting")):
    total += i
print(total)
print(len(str(2 ** 200)), len([[], [], []]), len("caf\u00e9"))
