# Recursion through function traces and calls of compiled functions
# (jit/call_trace.h): results, deep recursion near the recursion limit,
# RecursionError, exceptions raised deep and caught at different levels,
# a function redefined while its trace exists, generators and closures
# called recursively, mutual recursion, keyword and default arguments.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print("fib", [fib(k) for k in range(22)])
print("tak", tak(12, 6, 0), tak(10, 5, 2))
print("ack", [ack(2, k) for k in range(10)], ack(3, 3))


# Big ints through the recursion (overflow guards).
def power(b, e):
    if e == 0:
        return 1
    return b * power(b, e - 1)


print("power", [power(3, e) for e in (10, 40, 41, 80)])
print("fibfloat", fib(15.0))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


# Deep recursion near the limit, far beyond the nesting of compiled calls.
limit = sys.getrecursionlimit()
for d in (10, 150, 300, limit - 60):
    print("depth", d, depth(d))


def runaway(n):
    return runaway(n + 1) + 1


for attempt in range(3):
    try:
        runaway(0)
    except RecursionError as e:
        print("recursion error", attempt, e)
print("after", depth(100))


# Exceptions raised 20 frames deep and caught at different levels.
def down(n, catch_at):
    if n == 0:
        raise ValueError("bottom")
    if n == catch_at:
        try:
            return down(n - 1, catch_at)
        except ValueError as e:
            return -n
    return down(n - 1, catch_at) + 1


for catch_at in (1, 5, 19, 20):
    print("caught", catch_at, down(20, catch_at))
try:
    down(20, 99)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("uncaught", e, "traceback entries", n)


# The context of an exception raised in a callee that handled another one.
def handler_inside(n):
    if n == 0:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("outer")
    return handler_inside(n - 1)


for i in range(80):
    try:
        raise TypeError("caller")
    except TypeError:
        try:
            handler_inside(3)
        except ValueError as e:
            ctx = e.__context__
if True:
    print("context", type(ctx).__name__, ctx)


# A function redefined while its trace exists.
def count(n):
    if n <= 0:
        return 0
    return 1 + count(n - 1)


first = count(50)
for i in range(100):
    count(10)


def count(n):
    if n <= 0:
        return 100
    return 2 + count(n - 1)


print("redefined", first, count(50))


# A global the callee rebinds while the caller's trace runs.
SCALE = 1


def scaled(n):
    global SCALE
    if n == 0:
        return 0
    if n == 7:
        SCALE = SCALE + 1
    return SCALE + scaled(n - 1)


print("rebind", [scaled(10) for _ in range(70)][-3:])


# Generators and closures called recursively.
def walk(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub)
    else:
        yield tree


tree = [1, [2, [3, [4, [5, 6]], 7], 8], [[[9]]]]
print("walk", [list(walk(tree)) for _ in range(60)][-1])


def make_counter(step):
    def rec(n):
        if n == 0:
            return 0
        return step + rec(n - 1)

    return rec


print("closure", [make_counter(k)(20) for k in range(70)][-3:])


# Mutual recursion.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print("mutual", [is_even(k) for k in range(80)][-4:], is_odd(301))


# Keyword and default arguments at recursive calls.
def path(n, acc=0, step=1):
    if n == 0:
        return acc
    if n % 3 == 0:
        return path(n - 1, acc=acc + step)
    return path(n - 1, acc + step, step=2)


print("kwargs", [path(k) for k in range(70)][-3:])


def with_default(n, total=0):
    if n == 0:
        return total
    return with_default(n - 1) + n


print("defaults", [with_default(k) for k in range(80)][-3:])


# Methods recursing through self.
class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def total(self):
        s = self.value
        for c in self.children:
            s += c.total()
        return s

    def height(self):
        if not self.children:
            return 1
        return 1 + self.children[0].height()


def build(d):
    if d == 0:
        return Node(1, [])
    return Node(d, [build(d - 1), build(d - 1)])


root = build(8)
print("tree", root.total(), [root.height() for _ in range(80)][-1])


# Returning different types from the same trace.
def mixed(n):
    if n == 0:
        return "s"
    if n == 1:
        return 1.5
    if n == 2:
        return None
    return mixed(n - 1)


print("mixed", [mixed(k % 5) for k in range(80)][-5:])


# A callee that looks at its caller's locals sees them as the interpreter
# would have left them.
def peek(n):
    if n == 0:
        return sys._getframe(1).f_locals["local"]
    local = n * 10
    return peek(n - 1) + local


print("peek", [peek(3) for _ in range(70)][-1])
