# Discrete event scheduler with heapq and bisect; ends with an
# ExceptionGroup escaping.
import bisect
import heapq
from dataclasses import dataclass, field
from typing import Callable


@dataclass(order=True)
class Event:
    time: float
    seq: int
    action: Callable = field(compare=False)
    name: str = field(compare=False, default="")


class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0.0
        self.seq = 0
        self.log = []

    def at(self, delay, action, name=""):
        self.seq += 1
        heapq.heappush(self.queue, Event(self.now + delay, self.seq, action, name))

    def run(self, until=100.0):
        errors = []
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            try:
                ev.action(self)
                self.log.append(f"{self.now:6.2f} {ev.name}")
            except Exception as e:
                e.add_note(f"while running {ev.name!r} at t={self.now}")
                errors.append(e)
        if errors:
            raise ExceptionGroup("scheduler errors", errors)


def ticker(period, count):
    remaining = [count]

    def tick(s):
        remaining[0] -= 1
        if remaining[0] > 0:
            s.at(period, tick, f"tick{period}")
    return tick


s = Scheduler()
s.at(1.5, ticker(1.5, 4), "tick1.5")
s.at(2, ticker(2.0, 3), "tick2.0")
s.at(0.25, lambda s: None, "start")
s.run()
print("\n".join(s.log))
print(s.now, len(s.queue))

grades = [60, 70, 80, 90]
letters = "FDCBA"
scores = [33, 60, 77, 70, 89, 90, 100, 59.9]
print([letters[bisect.bisect(grades, x)] for x in scores])
sorted_scores = []
for x in scores:
    bisect.insort(sorted_scores, x)
print(sorted_scores, bisect.bisect_left(sorted_scores, 70), bisect.bisect_right(sorted_scores, 70))
print(bisect.bisect_left([1, 3, 5, 7], 6, lo=1, hi=3), heapq.nsmallest(3, scores), heapq.nlargest(2, scores, key=lambda v: -v))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
h = [5, 1, 8, 3]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)

s2 = Scheduler()


def boom(s):
    raise ValueError("bad reading")


def lookup(s):
    return {"a": 1}["b"]


s2.at(1, boom, "sensor")
s2.at(2, lambda s: print("ok at", s.now), "ok")
s2.at(3, lookup, "lookup")
try:
    s2.run()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], eg.exceptions[0].__notes__)
except* KeyError as eg:
    print("keys:", [repr(e) for e in eg.exceptions])

s3 = Scheduler()
s3.at(1, boom, "first")
s3.at(1, lambda s: [][0], "second")
s3.run()
