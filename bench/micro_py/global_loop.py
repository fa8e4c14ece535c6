# bench/micro_py/global_loop.py: module globals and builtins read in a hot
# loop (LOAD_GLOBAL hits in both dicts). Prints a checksum.
import sys

SCALE = 3
OFFSET = 7
DATA = [1, 2, 3, 4]


def step(v):
    return v + 1


def run(n):
    total = 0
    for i in range(n):
        total += SCALE * OFFSET + len(DATA) + abs(-i)
        total = step(total) & 0xFFFFFF
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
print(run(n))
