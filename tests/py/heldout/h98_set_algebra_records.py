# Set algebra over records: course enrolments, frozensets as keys, comparisons, views.
from collections import namedtuple

Student = namedtuple("Student", "sid name year")

students = [Student(1, "ann", 2), Student(2, "bo", 3), Student(3, "cy", 2),
            Student(4, "di", 1), Student(5, "ed", 3), Student(6, "fay", 1)]
enrol = {
    "math": set([1, 2, 3, 5]),
    "physics": set([2, 3, 6]),
    "art": set([4, 6]),
    "history": set([1, 4, 5, 6]),
}
by_id = {s.sid: s for s in students}


def names(ids):
    return sorted(by_id[i].name for i in ids)


print("math & physics", names(enrol["math"] & enrol["physics"]))
print("math | art", names(enrol["math"] | enrol["art"]))
print("math - history", names(enrol["math"] - enrol["history"]))
print("math ^ history", names(enrol["math"] ^ enrol["history"]))
all_ids = set(by_id)
print("none", names(all_ids - set().union(*enrol.values())))
print("everyone", names(set.intersection(*enrol.values())))
print(enrol["art"] <= enrol["history"], enrol["art"] < all_ids, all_ids >= enrol["math"], enrol["art"].isdisjoint(enrol["math"]))

pairs = {}
courses = sorted(enrol)
for i, a in enumerate(courses):
    for b in courses[i + 1:]:
        pairs[frozenset([a, b])] = len(enrol[a] & enrol[b])
for k, v in sorted(pairs.items(), key=lambda kv: (-kv[1], sorted(kv[0]))):
    print(sorted(k), v)
print(pairs[frozenset(["physics", "math"])], frozenset("ab") == set("ba"), hash(frozenset()) == hash(frozenset([])))

s = set(range(10))
s &= set(range(5, 15))
s |= {100}
s -= {6}
s ^= {7, 200}
print(sorted(s), len(s), 100 in s, 7 in s)
s.discard(999)
try:
    s.remove(999)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in range(1000), len(s))
s.clear()
print(s, set(), frozenset(), frozenset([3, 1, 2]))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)

fs = frozenset([1, 2, 3])
print(fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs.union([9]), fs.copy() is fs)
print({1, 2} == frozenset([1, 2]), {1, 2} < {1, 2, 3}, {1, 2} > {1}, {1, 2} <= {1, 2})
print(sorted({x % 7 for x in range(50)}), {(i, j) for i in range(2) for j in range(2)} == set([(0, 0), (0, 1), (1, 0), (1, 1)]))
print(set([1, 2, 3]).symmetric_difference([3, 4]), set([1, 2]).issubset(range(5)), set("abc").issuperset("cb"))
u = set([1, 2])
u.update([3], (4, 5), {6: 0})
u.intersection_update(range(2, 10), [2, 3, 4, 5])
u.difference_update([5])
u.symmetric_difference_update([4, 9])
print(sorted(u))

d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "c": 3, "d": 4}
print(sorted(d1.keys() & d2.keys()), sorted(d1.keys() | d2), sorted(d1.keys() - d2.keys()), sorted(d1.keys() ^ d2.keys()))
print(sorted(d1.items() & d2.items()), d1.keys() == {"a", "b", "c"}, d1.keys() <= {"a", "b", "c", "z"})
print(d1 | d2, d2 | d1, {**d1, **d2} == d1 | d2)
merged = dict(d1)
merged |= [("e", 5)]
print(merged)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set([1]) + set([2])
except TypeError as e:
    print("TypeError:", e)
print(repr(set([(1, "a")])), sorted(map(tuple, [{1}, {2}]), key=str))
years = {}
for st in students:
    years.setdefault(st.year, set()).add(st.name)
print({y: sorted(n) for y, n in sorted(years.items())})
