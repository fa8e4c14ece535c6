# bench/micro_py/instance_alloc.py: many short-lived small instances
# (allocation, __init__ stores, a few loads). Prints a checksum.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)


class Node:
    def __init__(self, value):
        self.value = value
        self.left = None
        self.right = None
        self.depth = 0
        self.weight = 1
        self.tag = 'n'


def run(n):
    acc = Vec(0, 0)
    one = Vec(1, 2)
    total = 0
    for i in range(n):
        acc = acc.add(one)
        node = Node(i)
        total += node.value + node.weight
    return acc.x + acc.y + total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
print(run(n))
