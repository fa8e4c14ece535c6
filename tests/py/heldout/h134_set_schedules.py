# Meeting scheduler with sets: availability intersections, frozenset keys, comprehensions, in-place updates, subset tests, int-set ordering.
people = {
    "ann": {9, 10, 11, 14, 15},
    "bob": {10, 11, 12, 15, 16},
    "cy": {8, 9, 10, 11, 15},
    "dee": {11, 15, 16, 17},
}
common = set.intersection(*people.values())
print(common, sorted(set.union(*people.values())), len(set().union(*people.values())))
print({k: sorted(v - people["ann"]) for k, v in people.items() if k != "ann"})
print(people["ann"] ^ people["bob"], people["ann"] & people["bob"] | {99}, people["cy"] - people["dee"])
pairs = {}
names = sorted(people)
for i, a in enumerate(names):
    for b in names[i + 1:]:
        pairs[frozenset((a, b))] = people[a] & people[b]
best = max(pairs.items(), key=lambda kv: (len(kv[1]), sorted(kv[0])))
print(sorted(best[0]), sorted(best[1]), pairs[frozenset(("bob", "ann"))])
print(sorted((sorted(k), len(v)) for k, v in pairs.items()))

rooms = {"r1": frozenset(range(8, 18)), "r2": frozenset({9, 10, 11, 12}), "r3": frozenset({15, 16})}
for slot in sorted(common | {10}):
    free = sorted(r for r, hours in rooms.items() if slot in hours)
    print(slot, free)
print(rooms["r2"] <= rooms["r1"], rooms["r3"] < rooms["r1"], rooms["r2"].isdisjoint(rooms["r3"]), rooms["r1"] > rooms["r1"])
print(rooms["r2"].issuperset({9, 10}), {1, 2}.issubset([1, 2, 3]), frozenset("ab") == {"a", "b"}, hash(frozenset()) == hash(frozenset([])))

busy = set()
busy |= {1, 2, 3}
busy &= {2, 3, 4, 5}
busy ^= {3, 9}
busy -= {100}
busy.update(range(20, 23), [7])
busy.difference_update({21})
busy.symmetric_difference_update({7, 8})
busy.intersection_update(range(0, 30))
print(busy, sorted(busy), busy.pop() in range(100), len(busy))
busy.discard(12345)
try:
    busy.remove(12345)
except KeyError as e:
    print("KeyError:", e)
print({x % 7 for x in range(30)}, {-1, -2, 5, 3, 64, 1000, 33, 17}, set(range(40, 0, -3)))
print({2**40, 7, 2**33, 1}, {0.5, 1.0, 1, True}, {(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, {0} | {False})
s = {3, 1, 2}
t = s.copy()
t.add(4)
print(s, t, s < t, sorted(s.union([5], (6,))), s.difference([1], [2]), s.intersection(range(2, 9), [3, 2]))
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), type(frozenset() | set()).__name__, type(set() | frozenset()).__name__)
print(set("mississippi") == set("imps"), len({c.lower() for c in "AaBbCc"}), sorted({len(w) for w in "a bb ccc dd e".split()}))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
