# __reduce__ of deque, defaultdict, OrderedDict, Counter and itertools.count, and pickle/copy round trips through them.
import copy
import itertools
import pickle
from collections import Counter, OrderedDict, defaultdict, deque


def shape(r):
    return ["an iterator" if hasattr(x, "__next__") else x for x in r]


class Tagged(OrderedDict):
    pass


t = Tagged(z=1)
t.tag = "x"
values = [deque([1, 2], maxlen=4), deque("ab"), defaultdict(list, {"k": [1]}), defaultdict(None, {1: 2}),
          OrderedDict(b=1, a=2), Counter("abracadabra"), t, itertools.count(3), itertools.count(1.5, -2)]
for v in values:
    r = v.__reduce__()
    print(type(v).__name__, shape(r[1:]) if r[0] is type(v) else r)
    for proto in (0, 2, 5):
        back = pickle.loads(pickle.dumps(v, proto))
        print(" ", proto, type(back).__name__, back, vars(back) if isinstance(back, Tagged) else "")
    c = copy.deepcopy(v)
    print("  copy", c, type(c).__name__, c == v if not isinstance(v, itertools.count) else next(c))
dd = pickle.loads(pickle.dumps(defaultdict(int)))
dd["x"] += 1
print(dd, deque([[1]], 2).__reduce_ex__(2)[1], list(Counter(a=2).__reduce__()[1][0].items()))
