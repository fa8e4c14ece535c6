# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# Finalizers queued by a collection run at the next safe point, inside the
# running loop, not only at gc.collect() calls.
import gc

log = []


class Counted:
    def __init__(self, i):
        self.i = i
        self.cycle = self

    def __del__(self):
        log.append(self.i)


for i in range(20):
    Counted(i)
    if i % 5 == 4:
        gc.collect()
        print(i, sorted(log))
gc.collect()
print(sorted(log))


def nested():
    for i in range(100, 103):
        Counted(i)
    gc.collect()
    return sorted(log)[-3:]


print(nested())
