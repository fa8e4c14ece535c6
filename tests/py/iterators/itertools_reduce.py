# Pickling and copying itertools.count, repeat and cycle mid-iteration (their __reduce__/__setstate__).
import copy
import itertools
import pickle


def roundtrip(it, proto):
    return pickle.loads(pickle.dumps(it, proto))


c = itertools.count(5, 3)
next(c)
r = itertools.repeat("r", 4)
next(r)
forever = itertools.repeat(0)
print(c.__reduce__(), r.__reduce__(), forever.__reduce__())
for proto in (0, 2, 5):
    print(proto, next(roundtrip(c, proto)), list(roundtrip(r, proto)), next(roundtrip(forever, proto)))

cyc = itertools.cycle([1, 2, 3])
print(next(cyc), next(cyc))
reduced = cyc.__reduce__()
print(reduced[0].__name__, reduced[1][0] is not None, reduced[2])
for proto in (0, 2, 5):
    back = roundtrip(cyc, proto)
    print(proto, [next(back) for _ in range(7)])
print([next(cyc) for _ in range(4)])
reduced = cyc.__reduce__()
print(list(copy.copy(reduced[1][0])), reduced[2])
dup = copy.deepcopy(cyc)
print([next(dup) for _ in range(5)], [next(cyc) for _ in range(5)])
empty = itertools.cycle([])
print(list(roundtrip(empty, 2)), copy.copy(itertools.cycle("ab")).__reduce__()[2])
try:
    itertools.cycle("x").__setstate__([1])
except TypeError as e:
    print("TypeError:", e)
