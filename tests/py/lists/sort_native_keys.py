# list.sort / sorted with keys of exact builtin types (compared natively) and
# everything around them that must still take the generic path.
import math

print(sorted([5, -3, 0, 2**40, -(2**62), 7, 7, 1]))
print(sorted([2**70, 3, -(2**70), 2**63, 1.5, True, False]))
print(sorted(["b", "a", "", "ab", "\xe9", "\u20ac", "\U0001f600", "A", "a\x00"]))
print(sorted([2.5, -0.0, 0.0, 1e300, -math.inf, math.inf, 1.0]))
print(sorted([0.0, -0.0, 0.0, -0.0]), [str(x) for x in sorted([-0.0, 0.0, -0.0])])
print(sorted([3, 1.5, 2, 0.5, 2.0, 2]))

# Tuples: lexicographic, length decides on a common prefix, mixed item types.
pairs = [(1, "b"), (1, "a"), (0, "z"), (1,), (), (1, "a", 0), (0.5, "q"), (1, "a")]
print(sorted(pairs))
print(sorted([(x % 3, -x, str(x)) for x in range(20)]))
print(sorted([(1, 2.0), (1, 1.5), (1.0, 1), (0, math.inf)]))
print(sorted([("b", ("x", 1)), ("b", ("x", 0)), ("a", ("y",))]))

# Stability: equal keys keep their order.
recs = [("k%d" % (i % 4), i) for i in range(12)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted(range(10), key=lambda v: (v % 3, -v)))
print(sorted(range(10), key=lambda v: v % 2 == 0))


# Subclasses with their own comparisons are honoured.
class RevStr(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


class RevInt(int):
    def __lt__(self, other):
        return int.__gt__(self, other)


class RevFloat(float):
    def __lt__(self, other):
        return float.__gt__(self, other)


print(sorted([RevStr("a"), RevStr("c"), RevStr("b")]))
print(sorted([RevInt(1), RevInt(3), RevInt(2)]))
print(sorted([RevFloat(1), RevFloat(3), RevFloat(2)]))
print(sorted([(1, RevStr("a")), (1, RevStr("c")), (0, RevStr("b"))]))


class MyTuple(tuple):
    def __lt__(self, other):
        return len(self) > len(other)


print(sorted([MyTuple((1,)), MyTuple((1, 2, 3)), MyTuple((1, 2))]))


# Items whose __eq__ says "equal" move the comparison to the next position.
class AllEq:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0

    def __repr__(self):
        return "AllEq(%s)" % self.tag


print(sorted([(AllEq(1), 3), (AllEq(2), 1), (AllEq(3), 2)]))

# NaN keys: the comparisons are all false, the sort still permutes its input.
nan = float("nan")
res = sorted([3.0, nan, 1.0, nan, 2.0])
print(len(res), sorted(x for x in res if x == x), sum(1 for x in res if x != x))
t = (nan,)
print(sorted([t, t, (1.0,)]) .count(t))

# Errors: uncomparable keys, a key function raising mid-sort, a comparison
# raising inside a tuple; the list keeps all its items.
for data in ([1, "a", 2], [(1, 2), (1, "x")], [1.5, None], ["a", b"a"]):
    try:
        sorted(data)
    except TypeError as e:
        print("TypeError", e)


def bad_key(v):
    if v == 7:
        raise ValueError("key for 7")
    return -v


xs = list(range(12))
try:
    xs.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, sorted(xs) == list(range(12)))


class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise RuntimeError("boom")
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


ys = [(1, Boom(v)) for v in [5, 3, 8, 1, 9, 2]]
try:
    ys.sort()
except RuntimeError as e:
    print("RuntimeError", e, len(ys), sorted(b.v for _, b in ys))

# Mutation during sort.
zs = [5, 4, 3, 2, 1]


def mutate(v):
    zs.append(v)
    return v


try:
    zs.sort(key=mutate)
except ValueError as e:
    print("ValueError", e)

# Bigger inputs: every path agrees with the generic comparison.
s = 42
big = []
for _ in range(3000):
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
    big.append(s % 1000)
srt = sorted(big)
print(all(srt[i] <= srt[i + 1] for i in range(len(srt) - 1)), srt[:5], srt[-5:])
strs = sorted(str(v) for v in big)
print(strs[:5], strs[-3:])
tups = sorted((v % 10, str(v), v * 0.5) for v in big)
print(tups[:3], tups[-2:])
print(sorted(big, key=lambda v: (v % 7, -v))[:6])
print(sorted(big, key=str, reverse=True)[:6])
