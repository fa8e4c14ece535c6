# copy/deepcopy of subclasses of immutable built-ins and of sets keep the
# value and the instance attributes.
import copy


class Name(str):
    pass


class Pair(tuple):
    pass


class Count(int):
    pass


class Ratio(float):
    pass


class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __getnewargs__(self):
        return (self[0], self[1])


n = Name("alice")
n.note = "first"
for obj in (n, Pair((1, [2, 3])), Count(42), Ratio(2.5), Tags({1, 2}), Frozen({3}), Point(4, 5)):
    shallow = copy.copy(obj)
    deep = copy.deepcopy(obj)
    print(type(shallow).__name__, shallow, deep, shallow == obj, deep == obj)
print(copy.copy(n).note, copy.deepcopy(n).note)
p = Pair((1, [2, 3]))
d = copy.deepcopy(p)
d[1].append(4)
print(p, d)
t = Tags({1})
t.label = "x"
print(sorted(copy.copy(t)), copy.deepcopy(t).label)
print(type(n[:]).__name__, type(str(n)).__name__, type(n[0:5]).__name__, n[:] == n)
