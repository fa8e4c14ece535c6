# `raise` of an exception instance inside traces: caught in the same frame,
# in an inlined caller one or two frames up, with the context chained inside
# a handler, a reused instance, and tracebacks printed from the handler.
import sys
import traceback


def level2(i):
    if i % 5 == 0:
        raise KeyError(i)
    if i % 7 == 0:
        raise ValueError("seven", i)
    return i


def level1(i):
    try:
        return level2(i) * 2
    except ValueError as e:
        return -e.args[1]


def same_frame(i):
    try:
        if i % 3 == 0:
            raise IndexError(i)
        return 1
    except IndexError:
        return 2


def two_up(n):
    total = 0
    missing = 0
    shown = 0
    for i in range(n):
        try:
            total += level1(i)
        except LookupError as e:
            missing += 1
            if missing in (4, 40):
                tb = e.__traceback__
                lines = []
                while tb is not None:
                    lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                    tb = tb.tb_next
                print("tb", lines, repr(e), e.__context__)
            if missing == 41:
                traceback.print_exc(file=sys.stdout)
    return total, missing


def in_frame(n):
    s = 0
    for i in range(n):
        s += same_frame(i)
        try:
            if i % 4 == 0:
                raise ZeroDivisionError(i)
            s += 1
        except ArithmeticError as e:
            s += e.args[0] % 3
    return s


def raiser(i, err):
    if i % 3 == 0:
        raise err
    return i


def reused(n):
    err = RuntimeError("again")
    count = 0
    for i in range(n):
        try:
            count += raiser(i, err)
        except RuntimeError:
            count -= 1
    depth = 0
    tb = err.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    return count, depth


def context(n):
    seen = []
    for i in range(n):
        try:
            try:
                level2(i * 5)
            except KeyError:
                level2(i * 7 if i % 2 else 5)
        except (KeyError, ValueError) as e:
            c = e.__context__
            if i > n - 3:
                seen.append((type(e).__name__, type(c).__name__, c.args))
    return seen


def finally_path(n):
    acc = 0
    fin = 0
    for i in range(n):
        try:
            acc += level2(i)
        except KeyError:
            acc -= 1
        except ValueError:
            acc -= 2
        else:
            acc += 1
        finally:
            fin += 1
    return acc, fin


def escapes(n):
    out = 0
    for i in range(n):
        try:
            out += escaping(i)
        except KeyError:
            out -= 100
    return out


def escaping(i):
    for j in range(2):
        if i % 6 == 5 and j == 1:
            raise KeyError(j)
        i += j
    return i


print(two_up(500))
print(in_frame(500))
print(reused(300))
print(context(200))
print(finally_path(500))
print(escapes(300))
try:
    level2(10)
except KeyError as e:
    traceback.print_exc(file=sys.stdout)
level1(5)
