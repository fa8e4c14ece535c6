# Supermarket checkout simulation: seeded random, heapq event queue, dataclasses, statistics, histogram output.
import random
import heapq
from dataclasses import dataclass, field
from statistics import mean, pstdev


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False)


class Checkout:
    def __init__(self, lanes, seed):
        self.rng = random.Random(seed)
        self.lanes = [None] * lanes
        self.queue = []
        self.events = []
        self.seq = 0
        self.arrived = {}
        self.waits = []
        self.served_by = [0] * lanes

    def schedule(self, time, kind, customer):
        self.seq += 1
        heapq.heappush(self.events, Event(time, self.seq, kind, customer))

    def run(self, customers, until):
        t = 0.0
        for c in range(customers):
            t += self.rng.expovariate(1 / 1.5)
            self.schedule(round(t, 3), "arrive", c)
        log = []
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.time > until:
                break
            if ev.kind == "arrive":
                self.arrived[ev.customer] = ev.time
                self.queue.append(ev.customer)
            else:
                lane = self.lanes.index(ev.customer)
                self.lanes[lane] = None
                self.served_by[lane] += 1
            self.fill(ev.time)
            if ev.customer < 5:
                log.append(f"{ev.time:7.3f} {ev.kind:<6} c{ev.customer}")
        return log

    def fill(self, now):
        for lane, busy in enumerate(self.lanes):
            if busy is None and self.queue:
                c = self.queue.pop(0)
                self.lanes[lane] = c
                self.waits.append(now - self.arrived[c])
                self.schedule(round(now + self.rng.uniform(1.0, 5.0), 3), "leave", c)


sim = Checkout(lanes=3, seed=2024)
for line in sim.run(customers=40, until=60):
    print(line)
print("served per lane", sim.served_by, "still queued", len(sim.queue))
print(f"mean wait {mean(sim.waits):.3f} sd {pstdev(sim.waits):.3f} max {max(sim.waits):.3f}")
buckets = [0] * 5
for w in sim.waits:
    buckets[min(int(w // 1), 4)] += 1
for i, n in enumerate(buckets):
    label = f"{i}-{i + 1}" if i < 4 else "4+"
    print(f"{label:>4} | {'#' * n} {n}")

rng = random.Random("seed-string")
print(rng.randint(1, 6), rng.choice("ABCDE"), rng.random() < 1, rng.randrange(0, 100, 5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8], rng.sample(range(100), 5), rng.choices("xyz", weights=[5, 1, 1], k=6))
random.seed(7)
print([random.randint(0, 9) for _ in range(10)], round(random.gauss(0, 1), 6), random.getrandbits(70))
