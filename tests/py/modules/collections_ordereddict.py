# collections.OrderedDict: order-sensitive equality, move_to_end, popitem,
# reprs (3.11 form), copies and errors.
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
print(OrderedDict([(1, 2)]), OrderedDict(), OrderedDict(a=1, b=2))
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, {"b": 2, "a": 1} == OrderedDict(a=1, b=2))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
o.move_to_end("a", False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
o.update(x=1, y=2)
o.setdefault("z", 3)
print(o, o.pop("x"), o)
print(list(reversed(o)))
f = OrderedDict.fromkeys("abc", 0)
print(f, type(f).__name__)
c = f.copy()
c["d"] = 4
print(c, type(c).__name__, f)
print(OrderedDict(a=1) | {"b": 2}, type(OrderedDict(a=1) | {"b": 2}).__name__)
r = OrderedDict(a=1)
r["self"] = r
print(r)
print(isinstance(o, dict), OrderedDict.__module__)


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def get(self, key):
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)


cache = LRU(2)
cache.put(1, "one")
cache.put(2, "two")
cache.get(1)
cache.put(3, "three")
print(cache, cache.size)
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("popitem last", lambda: OrderedDict().popitem(last=False))
attempt("move missing", lambda: OrderedDict().move_to_end(1))
attempt("move missing front", lambda: OrderedDict(a=1).move_to_end("b", last=False))
attempt("hash", lambda: OrderedDict.__hash__)
