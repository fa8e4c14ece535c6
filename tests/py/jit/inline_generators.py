# FOR_ITER over a generator is followed into the generator's body (inlined
# resumption up to the next yield). Covers: a generator exhausting mid-trace,
# guards failing inside the body (the generator is saved mid-body and resumed
# there), an exception raised in the body, send/close/throw after a
# JIT-run loop, gi_running / gi_suspended / gi_frame consistency, nested
# generators, `yield from`, generators that change types mid-loop, break out
# of the loop and resume the generator by hand, several generators of one
# code, and generator expressions.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def mixed(n):
    # The yielded type changes mid-loop (int, then float, then big ints).
    i = 0
    while i < n:
        if i < 150:
            yield i
        elif i < 300:
            yield i + 0.5
        else:
            yield i * 10**18
        i += 1


def divider(xs, d):
    for x in xs:
        yield x // d[x]


def accumulate(n):
    total = 0
    for i in range(n):
        total += i
        yield total


def pairs(n):
    for i in range(n):
        yield i, -i


def delegating(n):
    yield from count_up(n)
    yield -1


def with_list(n):
    out = []
    for i in range(n):
        out.append(i)
        yield len(out)


def run_simple(n):
    total = 0
    for x in count_up(n):
        total += x
    return total


def run_nested(n):
    total = 0
    for y in only_odd(squares(count_up(n))):
        total += y
    return total


def run_mixed(n):
    total = 0
    for v in mixed(n):
        total += v
    return total


def run_break_and_resume(n, stop):
    g = count_up(n)
    s = 0
    for v in g:
        s += v
        if v == stop:
            break
    after = [next(g), next(g)]
    return s, after, g.gi_running, g.gi_suspended, g.gi_frame is not None, sum(g)


def run_send_close(n):
    def echo():
        got = 0
        k = 0
        while True:
            r = yield k + got
            k += 1
            if r is not None:
                got = r

    g = echo()
    total = 0
    for v in g:
        total += v
        if v > n:
            break
    sent = g.send(1000)
    g.close()
    return total, sent, g.gi_frame is None, g.gi_running


def run_throw(n):
    g = accumulate(n)
    last = 0
    for v in g:
        last = v
        if v > n * 3:
            break
    try:
        g.throw(ValueError("stop"))
    except ValueError as e:
        return last, str(e), g.gi_frame is None


def run_exception(n, bad):
    d = [1] * n
    d[bad] = 0
    total = 0
    try:
        for v in divider(range(n), d):
            total += v
    except ZeroDivisionError as e:
        return total, "ZeroDivisionError", str(e)
    return total, None, None


def run_exception_gen_state(n, bad):
    d = [1] * n
    d[bad] = 0
    g = divider(range(n), d)
    total = 0
    try:
        for v in g:
            total += v
    except ZeroDivisionError:
        pass
    # The generator finished with the exception.
    return total, list(g), g.gi_frame is None


def run_pairs(n):
    a = b = 0
    for x, y in pairs(n):
        a += x
        b += y
    return a, b


def run_delegating(n):
    total = 0
    for v in delegating(n):
        total += v
    return total


def run_with_list(n):
    total = 0
    for v in with_list(n):
        total += v
    return total


def run_many(n):
    # Several generator objects of one code, one after another.
    total = 0
    for k in range(n):
        for v in count_up(k % 7):
            total += v
    return total


def run_genexpr(n):
    total = 0
    for v in (x * 3 for x in range(n)):
        total += v
    return total, sum(x * x for x in range(n))


def run_two_at_once(n):
    a = count_up(n)
    b = count_up(n * 2)
    total = 0
    for x in a:
        total += x + next(b)
    return total, next(b)


def run_exhaust_midway(n):
    # The generator ends while the loop trace runs: the loop's exit.
    total = 0
    for rounds in range(3):
        for x in count_up(n + rounds * 37):
            total += x
    return total


print(run_simple(500))
print(run_nested(400))
print(run_mixed(400))
print(run_break_and_resume(300, 200))
print(run_send_close(200))
print(run_throw(200))
print(run_exception(300, 250))
print(run_exception_gen_state(300, 120))
print(run_pairs(300))
print(run_delegating(300))
print(run_with_list(300))
print(run_many(300))
print(run_genexpr(300))
print(run_two_at_once(300))
print(run_exhaust_midway(200))
