# Attribute loads and method calls at a site that sees several classes (the
# interpreter's one-entry cache holds only the last): the trace specialises on
# the class it recorded and guards it; the others exit.


class Task:
    def __init__(self, prio):
        self.prio = prio
        self.runs = 0

    def runnable(self):
        return self.prio % 2 == 0

    def step(self):
        self.runs += 1
        return self.prio


class Device(Task):
    def runnable(self):
        return True


class Worker(Task):
    def step(self):
        self.runs += 2
        return -self.prio


class Shadow(Task):
    def __init__(self, prio):
        Task.__init__(self, prio)
        self.runnable = lambda: False  # an instance attribute shadows the method


def schedule(tasks, rounds):
    total = 0
    for r in range(rounds):
        for t in tasks:
            if t.runnable():
                total += t.step() + t.prio
    return total


def one_loop(tasks):
    total = 0
    for i in range(400):
        t = tasks[i % len(tasks)]
        if t.runnable():
            total += t.step()
        total += t.runs
    return total


tasks = [Task(2), Device(3), Worker(4), Task(5), Shadow(6), Device(8)]
print(schedule(tasks, 100))
print(one_loop(tasks))
print([t.runs for t in tasks])
