# Warehouse robot simulation: dataclasses, enum, heapq, random with a seed.
import heapq
import random
from dataclasses import dataclass, field
from enum import Enum, auto


class Dir(Enum):
    N = auto()
    E = auto()
    S = auto()
    W = auto()

    def turn_right(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % 4]

    def delta(self):
        return {Dir.N: (0, -1), Dir.E: (1, 0), Dir.S: (0, 1), Dir.W: (-1, 0)}[self]


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    target: tuple = field(compare=False, default=(0, 0))


@dataclass
class Robot:
    ident: str
    x: int = 0
    y: int = 0
    facing: Dir = Dir.N
    log: list = field(default_factory=list, repr=False)

    def step(self, width, height):
        dx, dy = self.facing.delta()
        nx, ny = self.x + dx, self.y + dy
        if 0 <= nx < width and 0 <= ny < height:
            self.x, self.y = nx, ny
            self.log.append(("move", nx, ny))
            return True
        self.facing = self.facing.turn_right()
        self.log.append(("turn", self.facing.name))
        return False

    def go_to(self, target, width, height, limit=40):
        steps = 0
        while (self.x, self.y) != target and steps < limit:
            tx, ty = target
            if tx > self.x:
                self.facing = Dir.E
            elif tx < self.x:
                self.facing = Dir.W
            elif ty > self.y:
                self.facing = Dir.S
            else:
                self.facing = Dir.N
            self.step(width, height)
            steps += 1
        return steps


rng = random.Random(1234)
tasks = []
for i in range(12):
    t = Task(rng.randint(1, 9), f"job{i:02d}", (rng.randrange(8), rng.randrange(6)))
    heapq.heappush(tasks, t)

robots = [Robot("R1"), Robot("R2", 7, 5, Dir.W)]
print(robots[1])
total = {}
turn = 0
while tasks:
    task = heapq.heappop(tasks)
    bot = robots[turn % len(robots)]
    steps = bot.go_to(task.target, 8, 6)
    total[bot.ident] = total.get(bot.ident, 0) + steps
    print(f"{task.priority} {task.name:<6} -> {bot.ident} at {task.target!s:>8} in {steps:2d} steps")
    turn += 1

for bot in robots:
    moves = sum(1 for e in bot.log if e[0] == "move")
    print(bot.ident, (bot.x, bot.y), bot.facing, moves, total[bot.ident])

# Bouncing robot
b = Robot("B", 0, 0, Dir.E)
trace = []
for _ in range(20):
    moved = b.step(3, 2)
    trace.append("m" if moved else b.facing.name.lower())
print("".join(trace))
print(sorted(Dir, key=lambda d: d.name))
print(Task(3, "a") < Task(4, "b"), Task(3, "a") == Task(3, "zzz"))
print(repr(Dir.S), Dir["W"], Dir(2))
try:
    Dir(9)
except ValueError as e:
    print("ValueError:", e)
