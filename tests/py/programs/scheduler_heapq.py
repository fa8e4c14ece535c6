# A task scheduler with heapq, keyword-only arguments, bisect and deque.
import heapq
import bisect
from collections import deque, namedtuple

Task = namedtuple("Task", "priority seq name duration")


class Scheduler:
    def __init__(self, *, workers=2, verbose=False):
        self.workers = workers
        self.verbose = verbose
        self.heap = []
        self.seq = 0
        self.done = []

    def submit(self, name, duration, *, priority=5):
        if duration <= 0:
            raise ValueError(f"duration must be positive, got {duration}")
        heapq.heappush(self.heap, Task(priority, self.seq, name, duration))
        self.seq += 1

    def run(self):
        clock = [0] * self.workers
        while self.heap:
            task = heapq.heappop(self.heap)
            w = min(range(self.workers), key=lambda i: (clock[i], i))
            start = clock[w]
            clock[w] += task.duration
            self.done.append((task.name, w, start, clock[w]))
            if self.verbose:
                print(f"  w{w}: {task.name:<8} {start:>3}-{clock[w]:<3} prio={task.priority}")
        return max(clock)


s = Scheduler(workers=3, verbose=True)
for name, dur, prio in [("build", 5, 1), ("test", 3, 2), ("lint", 1, 2), ("docs", 2, 9),
                        ("deploy", 4, 3), ("notify", 1, 9), ("bench", 6, 4)]:
    s.submit(name, dur, priority=prio)
print("makespan", s.run())
print(s.done[:3], Task._fields, Task(1, 2, "x", 3)._replace(name="y"))
try:
    s.submit("bad", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    s.submit("bad", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Scheduler(4)
except TypeError as e:
    print("TypeError:", e)
nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums), [heapq.heappop(nums) for _ in range(3)])
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)], s) for s in [33, 60, 75, 89, 90, 100]])
sl = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sl, v)
print(sl, bisect.bisect_left(sl, 5), bisect.bisect_right(sl, 5))
q = deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
print(q, q.popleft(), q.pop(), list(q), len(q))
q.rotate(1)
print(q, q.maxlen, deque("abc") == deque(["a", "b", "c"]))
window = deque(maxlen=3)
avgs = []
for x in [10, 20, 30, 40, 50]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
p = Task(priority=1, seq=0, name="n", duration=2)
print(p, p.name, p[3], tuple(p), p._asdict())
