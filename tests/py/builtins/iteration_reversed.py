# reversed() over list, tuple, str, range and dict (and dict views): the
# iterator types it returns, laziness over a mutating list, __reversed__ and
# __length_hint__.
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")))
print(list(reversed([])), list(reversed(())), list(reversed("")), list(reversed(range(0))))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))))
print(list(reversed(range(-5, 5, 7))), list(reversed(range(5, 5))))
for value in ([1], (1,), "a", range(1), {1: 2}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()):
    r = reversed(value)
    print(type(r).__name__, iter(r) is r)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["d"] = 4
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())))
print(list(reversed(d.items())), list(reversed({})))
print(list(d.__reversed__()), list([7, 8].__reversed__()), list(range(3).__reversed__()))
r = reversed("hello")
print(r.__length_hint__(), next(r), r.__length_hint__(), "".join(r), r.__length_hint__())
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
rd = reversed({1: 1, 2: 2})
print(rd.__length_hint__(), next(rd), next(rd), next(rd, "end"), rd.__length_hint__())
# A list reverse iterator sees changes to its list.
items = [1, 2, 3, 4]
r = reversed(items)
print(next(r))
items[0] = 99
items.pop()
print(list(r), next(r, "stop"))
items = [1, 2, 3]
r = reversed(items)
items.clear()
print(list(r))
big = list(range(1000))
print(sum(reversed(big)), list(reversed(big))[:3], "".join(reversed("stressed")))
print(tuple(reversed((None, True, 2.5))), list(enumerate(reversed("ab"))))
s = "caf\u00e9 \u20ac"
print(list(reversed(s)))
