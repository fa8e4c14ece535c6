# Imports of stdlib modules in several forms: import as, from-import, module attributes, star imports.
import math as m
import os.path
import string
from collections import OrderedDict, ChainMap, defaultdict
from itertools import chain, groupby, permutations, combinations, product, accumulate, count
from operator import itemgetter, attrgetter, add
from functools import reduce, partial

print(m.sqrt(16), m.comb(10, 3), m.perm(5, 2), round(m.degrees(m.pi / 3), 6))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("archive.tar.gz"), os.path.basename("/x/y/z.py"))
print(string.ascii_lowercase[:5], string.digits, len(string.punctuation), string.capwords("hello big world"))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), len(cm))
dd = defaultdict(lambda: "?")
dd["x"] = 1
print(dd["x"], dd["y"], sorted(dd.items()))
print(list(chain([1, 2], "ab")), [(k, len(list(g))) for k, g in groupby("aaabccdd")])
print(list(permutations("abc", 2))[:4], list(combinations(range(4), 3)), len(list(product("ab", repeat=3))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], max)), next(count(10, 5)))
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 2}, {"n": "c", "v": 1}]
print(sorted(rows, key=itemgetter("v", "n")), list(map(itemgetter(1), [(1, 2), (3, 4)])))
print(reduce(add, range(10)), reduce(lambda a, b: a * b, range(1, 10), 1), partial(pow, 2)(10))
p2 = partial(int, base=2)
print(p2("1010"), p2.func.__name__, p2.keywords)


class P:
    def __init__(self, n):
        self.n = n


print([p.n for p in sorted([P(3), P(1), P(2)], key=attrgetter("n"))])
print(m.__name__, os.path.__name__, type(m).__name__, hasattr(m, "tau"), "sqrt" in dir(m))
try:
    import does_not_exist_module
except ImportError as e:
    print(type(e).__name__, e, e.msg)
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
