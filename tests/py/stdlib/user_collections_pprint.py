# collections.UserDict/UserList/UserString (CPython's classes) and pprint, which reads them at import; object's __eq__/__ne__ fetched from a class.
import collections
import pprint
from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({"A": 1})
d["B"] = 2
d.update(C=3)
print(d, len(d), "a" in d, d.data, isinstance(d, collections.abc.MutableMapping))


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s[-1], s + [4], type(s + [4]).__name__, s.pop(), s)
u = UserString("hello")
print(u.upper(), u[1:3], u + "!", len(u), u == "hello", type(u.upper()).__name__)
print(UserDict.__module__, UserList.__name__)


class Plain:
    pass


a, b = Plain(), Plain()
print(Plain.__eq__(a, a), Plain.__eq__(a, b), Plain.__ne__(a, a), Plain.__ne__(a, b))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v


class EqChild(Eq):
    __ne__ = Plain.__ne__


print(EqChild(1) != EqChild(1), EqChild(1) != EqChild(2), Eq(1) != Eq(1))
pprint.pprint({"numbers": list(range(25)), "nested": {"k": ["a" * 30, "b" * 30]}, "t": (1, 2)})
pprint.pprint(d)
print(pprint.pformat([{"x": 1}] * 3, width=20))
