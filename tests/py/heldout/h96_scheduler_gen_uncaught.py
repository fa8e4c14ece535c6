# Priority scheduler of generator tasks driven by send/throw/close; ends uncaught in a generator.
import heapq
import itertools


class Cancelled(Exception):
    pass


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.results = {}
        self.clock = 0

    def spawn(self, name, gen, priority=5):
        heapq.heappush(self.queue, (self.clock, priority, next(self.counter), name, gen, None))

    def run(self, limit=100):
        while self.queue and limit:
            limit -= 1
            t, prio, _, name, gen, value = heapq.heappop(self.queue)
            self.clock = max(self.clock, t)
            try:
                if isinstance(value, BaseException):
                    req = gen.throw(value)
                else:
                    req = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.clock:>3} {name} done -> {stop.value!r}")
                continue
            kind, arg = req
            if kind == "sleep":
                nxt = (self.clock + arg, prio, next(self.counter), name, gen, self.clock + arg)
            elif kind == "ask":
                nxt = (self.clock, prio, next(self.counter), name, gen, arg * 2)
            elif kind == "fail":
                nxt = (self.clock, prio, next(self.counter), name, gen, Cancelled(arg))
            heapq.heappush(self.queue, nxt)


def worker(name, steps, delay):
    total = 0
    try:
        for i in range(steps):
            woke = yield ("sleep", delay)
            doubled = yield ("ask", i)
            total += doubled
            print(f"t={woke:>3} {name} step {i} total {total}")
    finally:
        print(f"      {name} finally")
    return total


def fragile():
    try:
        yield ("sleep", 3)
        yield ("fail", "boom")
    except Cancelled as e:
        print("      fragile caught", repr(e))
        yield ("sleep", 1)
        return "recovered"


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except GeneratorExit:
            print("      averager closing at", avg)
            raise
        if x is None:
            return avg
        total += x
        count += 1
        avg = total / count


s = Scheduler()
s.spawn("w1", worker("w1", 3, 4), priority=2)
s.spawn("w2", worker("w2", 2, 5), priority=1)
s.spawn("fr", fragile())
s.run()
print(sorted(s.results.items()))

av = averager()
print(next(av), av.send(10), av.send(20), av.send(3))
av.close()
print(av.gi_frame is None)
av2 = averager()
next(av2)
av2.send(4)
try:
    av2.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)

g = worker("w3", 5, 1)
print(next(g))
g.close()
print(list(itertools.islice(heapq.merge([1, 4, 9], [2, 3, 10], [0]), 5)))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2], key=lambda v: -v), heapq.nlargest(2, "hello"))


def pipeline():
    received = []
    while True:
        item = yield len(received)
        if item == "bad":
            raise ValueError(f"bad item after {received}")
        received.append(item)


p = pipeline()
next(p)
for it in ["a", "b", "bad"]:
    print("sent", it, "->", p.send(it))
