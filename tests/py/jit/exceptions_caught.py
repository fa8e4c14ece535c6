# Exceptions raised by residual calls (a missing dict key, int() of a bad
# string, str.index, a bad subscript) and caught in the same hot loop: the
# trace follows the exception table into the handler. Checks `as e`, the
# exception's args and traceback lines, context chaining, sys.exc_info,
# tuples of types, handlers that do not match, finally with break/continue,
# and success/failure alternating.
import sys


def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def dict_counts(n):
    table = {}
    for i in range(n):
        key = i % 37
        try:
            table[key] += 1
        except KeyError:
            table[key] = 1
    return sorted(table.items())[:3], sum(table.values())


def parse_all(n):
    ok = bad = 0
    last = None
    for i in range(n):
        s = "x%d" % i if i % 3 == 0 else str(i)
        try:
            ok += int(s)
        except ValueError as e:
            bad += 1
            last = e
    return ok, bad, last.args, type(last).__name__, tb_lines(last), last.__context__


def index_or_minus(words, n):
    total = 0
    for i in range(n):
        w = words[i % len(words)]
        try:
            total += w.index("z")
        except (ValueError, IndexError) as e:
            total -= 1
            assert sys.exc_info()[1] is e
    return total, sys.exc_info()


def chained(n):
    d = {}
    seen = []
    for i in range(n):
        try:
            d[i]
        except KeyError:
            try:
                int("bad%d" % i)
            except ValueError as e:
                ctx = e.__context__
                seen.append((type(ctx).__name__, ctx.args, e.__suppress_context__))
    return seen[-2:], len(seen)


def no_match(n):
    caught = 0
    empty = {}
    for i in range(n):
        try:
            try:
                empty[i % 5]
            except ValueError:
                caught -= 100
        except KeyError as e:
            caught += e.args[0]
    return caught


def finally_flow(n):
    out = []
    hits = 0
    table = {1: 10, 2: 20}
    for i in range(n):
        try:
            if i % 4 == 0:
                continue
            hits += table[i % 4]
        except KeyError:
            hits -= 1
            if i > n - 10:
                break
        finally:
            out.append(i % 4)
    return hits, len(out), out[-5:]


def types_change(n):
    vals = []
    d = {"a": 1}
    lst = [1, 2]
    for i in range(n):
        c = d if i < n // 2 else lst
        try:
            vals.append(c["b" if i % 2 else "a"])
        except (KeyError, TypeError) as e:
            vals.append(type(e).__name__)
    return vals[:4], vals[-4:]


def raise_saved(n):
    saved = None
    empty = {}
    for i in range(n):
        try:
            empty[i]
        except KeyError as e:
            saved = e
    return saved


print(dict_counts(2000))
print(parse_all(900))
print(index_or_minus(["abcz", "zz", "nope", "", "xyz"], 1000))
print(chained(300))
print(no_match(500))
print(finally_flow(400))
print(types_change(400))
e = raise_saved(300)
print(type(e).__name__, e.args, tb_lines(e), e.__context__)
print(sys.exc_info())
