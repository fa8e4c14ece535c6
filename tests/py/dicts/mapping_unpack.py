# {**m} and f(**m) accept any mapping (keys() + __getitem__), an instance __dict__, and dict subclasses.
import collections


class M:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


class P:
    def __init__(self):
        self.x = 1
        self.y = [2]


def f(**kw):
    return kw


print({**M()}, f(**M()), {**vars(P())}, f(**vars(P())), dict(**vars(P())), {"z": 0, **P().__dict__})
print({**collections.OrderedDict(a=1)}, f(**collections.Counter("aab")), {**collections.ChainMap({"k": 1})})
for bad in ([1], 5, "ab"):
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {**bad}
    except TypeError as e:
        print("TypeError:", e)
try:
    f(x=1, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **M())
except TypeError as e:
    print("TypeError:", e)


class Broken:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        raise LookupError("no " + k)


try:
    {**Broken()}
except LookupError as e:
    print("LookupError:", e)
