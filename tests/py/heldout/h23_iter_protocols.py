# Held-out: custom iterators, iter(callable, sentinel), zip strict, map/filter, reversed, enumerate.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return CountdownIter(self.n)

    def __reversed__(self):
        return iter(range(1, self.n + 1))


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(4)
print(list(c), list(reversed(c)), sum(c), max(c), sorted(c), 3 in c, list(enumerate(c, start=10)))


class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Seq()), 9 in Seq(), list(reversed([1, 2, 3])), list(iter(Seq())))
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(data), 5)), list(data))
print(list(zip("abc", range(10))), list(zip()), list(zip("ab", "cd", "ef")))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(map(str.upper, "abc")), any(x > 3 for x in [1, 5]), all([]), any([]), next(iter([]), "empty"))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
r = range(10, 0, -3)
print(list(r), r[1], r[-1], len(r), 4 in r, 7 in r, r.index(4), r.count(7), r[::2], range(5)[1:3], reversed(range(3)).__class__.__name__)
print(list(reversed(range(0, 10, 4))), range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)), repr(range(1, 9, 2)))
e = enumerate("xyz")
print(next(e), list(e))
d = {"a": 1, "b": 2}
di = iter(d)
d2 = dict(d)
print(next(di), list(d.items()), list(reversed(d.values())))
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)


def gen():
    yield from range(3)
    yield from "ab"


print(list(gen()), tuple(gen()), set(gen()) >= {0, 1, 2}, "".join(map(str, gen())))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello", reverse=True), sorted([3, 1, 2], key=lambda x: -x))
print(list(map(int, "1 2 3".split())), [*map(len, ["a", "bb"])], {*range(3)}, {**{"x": 1}, "y": 2})
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(row) for row in zip(*matrix)], [x for row in matrix for x in row if x % 2])
print(sum(range(101)), sum([[1], [2]], []), min([], default=0), max("abc", key=ord), min(3, 1, 2))
