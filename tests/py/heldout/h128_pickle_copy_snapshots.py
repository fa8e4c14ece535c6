# Snapshots with pickle and copy: user classes with __getstate__/__setstate__, __reduce__, deepcopy of cycles, collections types, itertools.count state.
import copy
import pickle
import itertools
from collections import namedtuple, deque, OrderedDict, Counter, defaultdict

Point = namedtuple("Point", "x y")


class Doc:
    def __init__(self, title, words):
        self.title = title
        self.words = words
        self._cache = {"len": len(words)}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {"len": len(self.words), "restored": True}

    def __repr__(self):
        return f"Doc({self.title!r}, {self.words}, {self._cache})"


class Temp:
    def __init__(self, c):
        self.c = c

    def __reduce__(self):
        return (Temp, (self.c,))

    def __eq__(self, other):
        return isinstance(other, Temp) and other.c == self.c

    def __repr__(self):
        return f"Temp({self.c})"


data = {
    "ints": [1, 2**70, -3],
    "floats": (1.5, float("inf")),
    "text": "héllo",
    "bytes": b"\x00\xff",
    "set": frozenset({1, 2, 3}),
    "point": Point(3, 4),
    "doc": Doc("t", ["a", "b"]),
    "temp": Temp(21.5),
    "none": None,
    "nested": {"deque": deque([1, 2], maxlen=5), "od": OrderedDict(a=1), "cnt": Counter("abca")},
}
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    print(proto, [k for k in data if back[k] != data[k] and k != "doc"], back["doc"], back["nested"]["deque"].maxlen)

dd = defaultdict(list, {"k": [1]})
dd2 = pickle.loads(pickle.dumps(dd))
dd2["new"].append(2)
print(dd2, dd2.default_factory is list)

shared = [1, 2]
outer = [shared, shared, {"again": shared}]
outer.append(outer)
clone = copy.deepcopy(outer)
print(clone[0] is clone[1], clone[0] is shared, clone[2]["again"] is clone[0], clone[3] is clone)
same = pickle.loads(pickle.dumps(outer))
print(same[0] is same[1], same[3] is same, same[:3])
shallow = copy.copy(outer)
print(shallow is outer, shallow[0] is shared, copy.copy(Point(1, 2)), copy.deepcopy(Temp(5)))

counter = itertools.count(5, 3)
next(counter)
print(pickle.loads(pickle.dumps(counter)), copy.copy(counter))
rep = itertools.repeat("r", 3)
print(next(copy.deepcopy(counter)), next(counter), list(rep))
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at ")[0])
try:
    pickle.loads(b"")
except EOFError:
    print("EOFError on empty input")
