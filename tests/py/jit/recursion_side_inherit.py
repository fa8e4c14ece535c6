# Calls of compiled functions whose function trace branches: the other
# branch is a side trace that inherits the root's exit values (the compare
# result on the stack) and runs in call_compiled's fast path without the
# dispatcher (jit/call_trace.cpp). Results, big ints from overflow inside
# the side trace, exceptions raised in the side trace and caught at
# different depths, a side branch that changes locals before the branch
# (not inherited), float and bool results, mutual recursion, recursion
# near the recursion limit.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_big(n, base):
    # The base case returns a big int for some calls: the int64 overflow
    # guard in the side trace exits to the interpreter.
    if n < 2:
        return base * n
    return fib_big(n - 1, base) + fib_big(n - 2, base)


def fib_float(n):
    if n < 2.0:
        return n * 0.5
    return fib_float(n - 1.0) + fib_float(n - 2.0)


def depth_bool(n):
    if n <= 0:
        return True
    return depth_bool(n - 1) and n > -1


def local_change(n, acc):
    # A local changes before the branch: the side trace must not inherit
    # (its compiled calls need the frame's locals).
    acc = acc + 1
    if n < 3:
        return acc
    return local_change(n - 1, acc) + local_change(n - 2, acc)


class Boom(Exception):
    pass


def raiser(n, bad):
    if n < 2:
        if n == bad:
            raise Boom(n)
        return n
    return raiser(n - 1, bad) + raiser(n - 2, bad)


def catcher(n, bad, level):
    if n < 2:
        return raiser(n, bad)
    if n == level:
        try:
            return catcher(n - 1, bad, level) + catcher(n - 2, bad, level)
        except Boom as e:
            return -100 - e.args[0]
    return catcher(n - 1, bad, level) + catcher(n - 2, bad, level)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


for k in range(3):
    print("fib", fib(18 + k))
print("fib_big", fib_big(16, 1), fib_big(16, 2**62), fib_big(12, 2**70))
print("fib_float", fib_float(15.0))
print("depth_bool", depth_bool(50), depth_bool(0))
print("local_change", [local_change(n, 0) for n in range(16)])
for bad in (0, 1, 7):
    try:
        print("raiser", bad, raiser(14, bad))
    except Boom as e:
        print("raiser raised", type(e).__name__, e.args)
for level in (2, 5, 9, 12):
    for bad in (1, 0, 5):
        try:
            print("catcher", level, bad, catcher(13, bad, level))
        except Boom as e:
            print("catcher", level, bad, "escaped", e.args)
print("even/odd", [is_even(n) for n in range(30)], is_odd(301))
print("down", down(500))
lim = sys.getrecursionlimit()
print("near limit", down(lim - 60))
try:
    down(lim + 10)
except RecursionError as e:
    print("RecursionError", e)
# The trace still serves calls after the RecursionError.
print("after", down(200), fib(20))
