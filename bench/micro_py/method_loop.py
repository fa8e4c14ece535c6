# bench/micro_py/method_loop.py: method calls on instances (LOAD_METHOD on a
# user class, inherited methods, a class constant, list.append). Prints a
# checksum.
import sys


class Base:
    STEP = 3

    def bump(self, k):
        self.count += k
        return self.count


class Counter(Base):
    def __init__(self):
        self.count = 0
        self.log = []

    def get(self):
        return self.count

    def tick(self):
        return self.bump(self.STEP)


def run(n):
    c = Counter()
    total = 0
    for i in range(n):
        total += c.tick() + c.get()
        if i & 1023 == 0:
            c.log.append(i)
    return total + len(c.log)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
print(run(n))
