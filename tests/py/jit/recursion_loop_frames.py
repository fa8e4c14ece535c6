# Compiled calls from loop traces (jit/call_trace.h): a loop whose body
# recurses deeper than the inlining bound calls itself as a compiled
# function, after storing the locals the loop changed into its frame, so
# the callee sees them in sys._getframe(1).f_locals and in tracebacks.
# Also: recursive closures with loops, mutual recursion through loops,
# default and keyword arguments, a function redefined while its trace
# exists, exceptions raised deep and caught at different levels.
import sys


def walk(n, depth):
    total = 0
    i = 0
    while i < n:
        i += 1
        if depth > 0:
            total += walk(n, depth - 1)
        else:
            total += i
    return total


seen = []


def peek(n, depth):
    acc = 0
    for i in range(n):
        acc += i
        if depth > 0:
            acc += peek(n, depth - 1)
        elif i == n - 1 and len(seen) < 12:
            caller = sys._getframe(1).f_locals
            seen.append((caller.get("i"), caller.get("acc"), caller.get("depth")))
    return acc


def count_paths(n):
    memo_hits = 0

    def go(r, c):
        nonlocal memo_hits
        if r == 0 or c == 0:
            memo_hits += 1
            return 1
        total = 0
        for step in (1, 2):
            if r >= step:
                total += go(r - step, c - 1)
        return total

    return go(n, n), memo_hits


def ping(n, width):
    s = 0
    for k in range(width):
        s += pong(n - 1, width) if n > 0 else k
    return s


def pong(n, width):
    s = 1
    for k in range(width):
        s += ping(n - 1, width) if n > 0 else k * 2
    return s


def with_defaults(n, step=1, scale=2):
    out = 0
    for _ in range(2):
        out += with_defaults(n - step, step) if n > 0 else scale
    return out


def with_keywords(n, *, step=1):
    out = 0
    for _ in range(2):
        out += with_keywords(n - step, step=step) if n > 0 else 1
    return out


class Deep(Exception):
    pass


def thrower(n, depth, at):
    total = 0
    for i in range(n):
        if depth == at and i == n - 1:
            raise Deep(depth, i)
        if depth > 0:
            total += thrower(n, depth - 1, at)
        total += i
    return total


def guarded(n, depth, at, level):
    total = 0
    for i in range(n):
        if depth > 0:
            if depth == level:
                try:
                    total += guarded(n, depth - 1, at, level)
                except Deep as e:
                    total += 1000 * e.args[0]
            else:
                total += guarded(n, depth - 1, at, level)
        elif depth == at and i == n - 1:
            raise Deep(depth, i)
        total += i
    return total


print("walk", [walk(3, d) for d in range(8)])
print("peek", peek(3, 7), seen)
print("paths", [count_paths(n) for n in range(2, 14)])
print("ping", ping(6, 3), pong(5, 3))
print("defaults", with_defaults(9), with_defaults(12, 3))
print("keywords", with_keywords(9), with_keywords(12, step=2))
for at in (0, 3):
    try:
        print("thrower", thrower(3, 6, at))
    except Deep as e:
        print("thrower raised", e.args)
for level in (1, 4, 7):
    try:
        print("guarded", level, guarded(3, 6, 0, level))
    except Deep as e:
        print("guarded escaped", level, e.args)

# Redefinition while traces exist: the compiled calls guard the function.
print("before", walk(3, 7))
_old_walk = walk


def walk(n, depth):
    return -1 if depth == 0 else _old_walk(n, depth - 1) + 1


print("after", walk(3, 7), _old_walk(3, 7))
