# Subscripted built-in classes (types.GenericAlias) and X | Y unions
# (types.UnionType) as annotations produce them.
import collections

print(list[int], dict[str, int], tuple[int, ...], tuple[()], type[int], set[int])
print(frozenset[str], dict[str, list[int]], list[None], list[...], enumerate[int])
print(collections.deque[int], collections.defaultdict[str, int])
print(collections.OrderedDict[str, int], collections.Counter[str])
print(collections.ChainMap[str, int])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, dict[str, int].__args__)
print(type(a).__name__, repr(type(a)), type(a) is type(dict[str, int]))
print(a == list[int], a == list[str], a == list, hash(a) == hash(list[int]))
print(a([1, 2]), type(a(range(3))).__name__, dict[str, int](x=1), tuple[int, ...]("ab"))
print(a.__name__, a.__qualname__, a.__module__, a.append is list.append)
for cls, probe in [(list[int], []), (int | list[int], 1), (list[int] | int, 1)]:
    try:
        print(isinstance(probe, cls))
    except TypeError as e:
        print("TypeError", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError", e)
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
try:
    int[str]
except TypeError as e:
    print("TypeError", e)


class MyList(list[int]):
    pass


print(MyList.__mro__, MyList.__orig_bases__, MyList([1]), MyList[int])


def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, str]:
    return x


print(f.__annotations__)

u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, (int | str) | float)
print(int | int, str | str | str, list[int] | None, type[int] | None)
print(isinstance(3, u), isinstance("s", u), isinstance(3.0, u), isinstance(None, int | None))
print(issubclass(bool, u), issubclass(float, u), u == (str | int), hash(u) == hash(str | int))
print(isinstance(True, (float, int | str)))
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(3, int | str)
except TypeError as e:
    print("TypeError", e)


class A:
    pass


class B(A):
    pass


print(A | B, isinstance(B(), A | None), A | None == None | A)
