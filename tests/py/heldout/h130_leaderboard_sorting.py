# Leaderboard: sorting with keys, stability, multi-pass sorts, itemgetter/attrgetter, cmp_to_key, bisect insort, ranking with ties.
import bisect
from functools import cmp_to_key
from operator import attrgetter, itemgetter
from collections import namedtuple

Player = namedtuple("Player", "name team score time")

players = [
    Player("ana", "red", 120, 35.2), Player("Bo", "blue", 95, 40.0),
    Player("cy", "red", 120, 33.9), Player("Dee", "green", 150, 50.5),
    Player("eli", "blue", 95, 38.1), Player("Fay", "green", 80, 20.0),
    Player("gus", "red", 150, 49.9), Player("Hal", "blue", 120, 35.2),
]

board = sorted(players, key=lambda p: (-p.score, p.time, p.name.lower()))
for i, p in enumerate(board, 1):
    print(f"{i:>2}. {p.name:<4} {p.team:<6}{p.score:>4}{p.time:>6.1f}")

print([p.name for p in sorted(players, key=attrgetter("team", "score"))])
print([p.name for p in sorted(players, key=itemgetter(2), reverse=True)])
print([p.name for p in sorted(players, key=lambda p: p.name)], [p.name for p in sorted(players, key=lambda p: p.name.lower())])

stable = sorted(players, key=attrgetter("time"))
stable.sort(key=attrgetter("team"))
print([(p.team, p.name) for p in stable])


def compare(a, b):
    if a.score != b.score:
        return b.score - a.score
    return (a.time > b.time) - (a.time < b.time)


print([p.name for p in sorted(players, key=cmp_to_key(compare))])


def dense_ranks(scores):
    distinct = sorted(set(scores), reverse=True)
    return [distinct.index(s) + 1 for s in scores]


def competition_ranks(scores):
    ordered = sorted(scores, reverse=True)
    return [ordered.index(s) + 1 for s in scores]


scores = [p.score for p in board]
print(scores, dense_ranks(scores), competition_ranks(scores))

by_team = {}
for p in players:
    by_team.setdefault(p.team, []).append(p)
for team, members in sorted(by_team.items(), key=lambda kv: (-sum(m.score for m in kv[1]), kv[0])):
    best = max(members, key=lambda m: (m.score, -m.time))
    print(team, sum(m.score for m in members), best.name, min(members, key=attrgetter("time")).name)

cutoffs = [60, 90, 120, 140]
grades = "EDCBA"
print([grades[bisect.bisect(cutoffs, p.score)] for p in players])
times = []
for p in players:
    bisect.insort(times, p.time)
print(times, bisect.bisect_left(times, 35.2), bisect.bisect_right(times, 35.2))
ranked = sorted(players, key=attrgetter("score"))
print(bisect.bisect_left(ranked, 120, key=attrgetter("score")), bisect.bisect_right(ranked, 120, key=attrgetter("score")))

words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "eclair"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "c", 1: "a"}), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([0.5, -1, 3, 2.25, True, False]), min([], default="none"), max("abc", key=ord), min((2, "x"), (2, "a")))
nums = [5, 3, 8, 1]
nums.sort(key=lambda n: -n)
print(nums, list(reversed(nums)), nums[::-1] == sorted(nums))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(players, key=attrgetter("rank"))
except AttributeError as e:
    print("AttributeError:", e)
