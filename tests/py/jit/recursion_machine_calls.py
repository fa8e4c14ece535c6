# Calls of compiled functions made from machine code (jit/call_trace.h):
# the calling trace pushes the callee's frame itself and runs the callee's
# function trace. Results past the small-int range, the caller's frame seen
# from the callee, the recursion limit lowered and raised at run time, guards
# failing inside the callee, exceptions through several compiled calls with
# their tracebacks, a callee redefined, and calls that must take the slow
# path (default arguments, a different function of the same code).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def big(n):
    # The result leaves the small-int range (2**62) near the top.
    if n < 1:
        return 1 << 40
    half = big(n - 1)
    return half + half


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def peek(n):
    if n == 0:
        return sorted(sys._getframe(1).f_locals.items())
    k = n * 10
    return peek(n - 1)


def mixed(n, x):
    # x is an int for a while, then a float: the callee's guards fail.
    if n < 2:
        return x
    return mixed(n - 1, x) + mixed(n - 2, x)


def boom(n, at):
    if n == at:
        raise ValueError("boom at %d" % n)
    if n == 0:
        return 0
    return boom(n - 1, at) + 1


def with_default(n, step=1):
    if n <= 0:
        return 0
    return with_default(n - step) + 1


for _ in range(3):
    print("fib", fib(20), [fib(k) for k in range(12)])
print("big", [big(k) for k in (10, 20, 21, 22, 23)])
print("depth", depth(50), depth(400))
print("peek", peek(3))

total = 0
for i in range(300):
    total += mixed(8, 1)
print("mixed int", total)
print("mixed float", mixed(8, 0.5), mixed(10, 1.25))
print("mixed int again", mixed(12, 3))

for at in (0, 1, 5, 40):
    try:
        boom(60, at)
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("caught", e, len(lines), lines[:3], lines[-1])

old = sys.getrecursionlimit()
for limit in (120, 300, 90):
    sys.setrecursionlimit(limit)
    try:
        print("limit", limit, depth(limit + 10))
    except RecursionError as e:
        print("limit", limit, "RecursionError", e)
    try:
        print("limit ok", limit, depth(limit // 2))
    except RecursionError as e:
        print("limit ok", limit, "RecursionError", e)
sys.setrecursionlimit(old)
print("depth after", depth(500))

print("default", with_default(200), with_default(50, 2))

saved = fib


def fib(n):
    return -n


print("redefined", saved(10), fib(10))
fib = saved
print("restored", fib(18))
