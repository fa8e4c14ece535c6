# collections.Counter: construction, zero for missing keys, most_common,
# elements, update/subtract, total, the multiset operators and comparisons.
from collections import Counter


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(Counter("abracadabra"), Counter(), Counter(a=3, b=-1), Counter({"x": 0}))
c = Counter("aab")
print(c["z"], "z" in c, c.most_common(), c.most_common(1), sorted(c.elements()), c.total())
print(Counter("mississippi").most_common(), Counter("mississippi").most_common(2))
print(Counter(a=1, b=1, c=2).most_common(-1), Counter([1, "a", 1]), Counter({1: "a", "b": 3}))
x = Counter(a=3, b=1)
y = Counter(a=1, b=2, c=-1)
print(x + y, x - y, x | y, x & y, +y, -y)
print(type(x + y).__name__, x, y)
u = Counter(a=3)
u.update("aab", z=2)
u.update({"q": 5, "a": 1})
u.subtract({"a": 10})
u.subtract("qq")
u.subtract(z=1)
print(u, u.total())
i = Counter(a=3)
i += Counter(b=-1, a=-5)
print(i)
j = Counter(a=3, b=2)
j -= Counter(a=1)
print(j)
k = Counter(a=1, b=5)
k |= Counter(a=4, c=-2)
print(k)
m = Counter(a=3, b=1)
m &= Counter(a=2)
print(m)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=2) > Counter(a=1), Counter(a=1) >= Counter(a=1, b=1), Counter(a=1) != Counter(a=2))
print(Counter(a=1) == {"a": 1}, Counter("ab") == Counter("ba"))
d = Counter(a=1)
del d["zz"]
del d["a"]
print(d, d.copy(), type(d.copy()).__name__)
w = Counter(dict(red=4, blue=2))
w["red"] += 1
print(w, list(w.elements()), sum(w.values()))


class Tally(Counter):
    pass


t = Tally("hello")
print(t, t["l"], type(t.copy()).__name__, type(t + t).__name__)
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
attempt("add dict", lambda: Counter(a=1) + {})
attempt("not iterable", lambda: Counter(1))
attempt("two positional", lambda: Counter("a", "b"))
attempt("elements float", lambda: list(Counter(a=1.5).elements()))
attempt("unorderable", lambda: Counter({1: "a", 2: 3}).most_common())
