# A loop calling a small function and a method: the JIT follows both calls
# (no frame in compiled code); the callee's arguments are the caller's SSA
# values and its result goes back onto the caller's stack. Guards inside the
# callees carry snapshots naming the inlined frame (frame=N).
# jit-args: -X jit-threshold=5


def clamp(x, hi=100):
    if x > hi:
        return hi
    return x


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total = self.total + v


def run(n):
    acc = Acc()
    for i in range(n):
        acc.add(clamp(i * 3))
    return acc.total


print(run(30))
