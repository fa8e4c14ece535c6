# Held-out: a task scheduler with heapq, bisect, namedtuple and dataclass ordering.
import heapq
import bisect
from collections import namedtuple, deque
from dataclasses import dataclass, field

Task = namedtuple("Task", "name duration deps", defaults=((),))


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)


tasks = [Task("compile", 5, ("fetch",)), Task("fetch", 2), Task("test", 7, ("compile",)),
         Task("lint", 1, ("fetch",)), Task("package", 3, ("test", "lint")), Task("docs", 4)]
print(tasks[0], tasks[1].deps, tasks[0]._asdict(), Task._fields)
print(tasks[1]._replace(duration=9), Task._make(["x", 1, ()]))

by_name = {t.name: t for t in tasks}
indeg = {t.name: len(t.deps) for t in tasks}
users = {t.name: [] for t in tasks}
for t in tasks:
    for d in t.deps:
        users[d].append(t.name)
ready = [(0, name) for name, n in indeg.items() if n == 0]
heapq.heapify(ready)
finish = {}
order = []
while ready:
    start, name = heapq.heappop(ready)
    end = start + by_name[name].duration
    finish[name] = end
    order.append(f"{name}@{start}-{end}")
    for u in users[name]:
        indeg[u] -= 1
        if indeg[u] == 0:
            heapq.heappush(ready, (max(finish[d] for d in by_name[u].deps), u))
print(order)
print("makespan", max(finish.values()))

pq = []
for i, (p, n) in enumerate([(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2"), (5, "idle")]):
    heapq.heappush(pq, Job(p, i, n))
print([heapq.heappop(pq).name for _ in range(len(pq))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, tasks, key=lambda t: t.duration))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))

grades = [60, 70, 80, 90]
letters = "FDCBA"
scores = [33, 99, 77, 70, 89, 90, 100, 60]
print([letters[bisect.bisect(grades, s)] for s in scores])
sorted_scores = []
for s in scores:
    bisect.insort(sorted_scores, s)
print(sorted_scores, bisect.bisect_left(sorted_scores, 70), bisect.bisect_right(sorted_scores, 70))
print(bisect.bisect_left(tasks, 3, key=lambda t: t.duration) if False else bisect.bisect([1, 2, 2, 3], 2))

window = deque(maxlen=3)
for x in range(7):
    window.append(x)
print(window, sum(window), window.maxlen)
dq = deque("abc")
dq.rotate(1)
dq.appendleft("z")
dq.extend("xy")
print(dq, dq.popleft(), dq.pop(), list(reversed(dq)), dq.count("a"), dq.index("c"))
Point = namedtuple("Point", ["x", "y"])
pts = [Point(3, 1), Point(1, 2), Point(1, -1)]
print(sorted(pts), min(pts, key=lambda p: p.y), Point(1, 2) == (1, 2), Point(*pts[0]) is pts[0])
x, y = pts[1]
print(x, y, pts[1].x + pts[1][1], repr(Point(x=0, y=0)), isinstance(pts[0], tuple))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pts[0].x = 5
except AttributeError as e:
    print("AttributeError:", e)
