# Benchmark: a cooperative task scheduler in the style of richards (classes, inheritance,
# virtual method calls, attribute access, linked queues of packets).
# bench: default=360 quick=2
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.value = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is None:
            return None
        self.queue = p.link
        return p

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return False
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.sched.release(DEVICE_B)
        else:
            self.seed >>= 1
            self.sched.release(DEVICE_A)
        return True


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.counter = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return True
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.value = 0
        for i in range(4):
            self.counter = self.counter % 26 + 1
            packet.data[i] = self.counter
        self.sched.send(packet)
        return True


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, device):
        Task.__init__(self, sched, ident, priority, queue)
        self.device = device
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.value >= 4:
                self.work = w.link
                self.sched.send(self._recycle(w))
                return True
            if self.devices is not None:
                d = self.devices
                self.devices = d.link
                d.value = w.data[w.value]
                w.value += 1
                d.dest = self.device
                self.sched.send(d)
                return True
        self.waiting = True
        return True

    def _recycle(self, w):
        w.dest = WORKER
        return w


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None)
        self.pending = None
        self.total = 0

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return True
            p = self.pending
            self.pending = None
            p.dest = HANDLER_A if self.ident == DEVICE_A else HANDLER_B
            self.sched.send(p)
            return True
        self.pending = packet
        self.total += packet.value
        self.held = True
        return True


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.sends = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def send(self, packet):
        self.sends += 1
        self.tasks[packet.dest].receive(packet)

    def release(self, ident):
        self.tasks[ident].held = False

    def run(self):
        order = sorted(self.tasks, key=lambda t: -t.priority)
        active = True
        while active:
            active = False
            for task in order:
                if task.runnable():
                    task.runs += 1
                    if not task.step(task.take_packet()):
                        return
                    active = True
                    break


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, count))
    work = None
    for _ in range(2):
        work = Packet(work, WORKER, "work")
    s.add(WorkerTask(s, WORKER, 1000, work))
    for ident, dev in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = None
        for _ in range(3):
            q = Packet(q, dev, "device")
        s.add(HandlerTask(s, ident, 2000 + ident, q, dev))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    return s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 360
    sends = 0
    runs = []
    for _ in range(n):
        s = build(1000)
        s.run()
        sends += s.sends
        runs = [t.runs for t in s.tasks]
    print(sends, runs)


main()
