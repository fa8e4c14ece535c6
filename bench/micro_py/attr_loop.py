# bench/micro_py/attr_loop.py: instance attribute loads and stores in a hot
# loop (LOAD_ATTR / STORE_ATTR on a shape-stable instance). Prints a checksum.
import sys


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def run(n):
    p = Point(1, 2, 3)
    total = 0
    for i in range(n):
        p.x = p.y + i
        p.y = p.z - p.x
        p.z = p.x & 1023
        total += p.x + p.y + p.z
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
print(run(n))
