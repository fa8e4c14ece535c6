# mode: pyvm-only
# expect-status: 1
# expect-stderr-startswith: RecursionError: maximum recursion depth exceeded
# A recursive __repr__/__eq__ with a huge recursion limit recurses through
# native code; CPython 3.11 overflows its C stack (segfault), pyvm must raise.
import sys
sys.setrecursionlimit(10**6)
class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"
    def __eq__(self, other):
        return self.child == other.child
a = b = None
for _ in range(300000):
    a, b = Node(a), Node(b)
try:
    repr(a)
except RecursionError as e:
    print("caught repr")
try:
    a == b
except RecursionError as e:
    print("caught eq")
def g(n):
    return [n] if n == 0 else sorted([n], key=lambda k: g(n - 1))
g(10**6)
