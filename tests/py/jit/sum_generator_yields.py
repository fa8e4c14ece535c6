# sum() over generators whose yields it takes without suspending them (the
# interpreter and traces alike): filters, generator expressions with early
# exit, yields of non-ints and big ints mixed in, nested sums, exceptions,
# yield from, try/finally around the yield, generators closed mid-way.
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def mixed(n):
    for i in range(n):
        if i % 97 == 0:
            yield 0.5
        elif i % 89 == 0:
            yield 2 ** 70
        else:
            yield i


def near_overflow(n):
    big = (1 << 62) - 10
    for i in range(n):
        yield big if i % 50 == 0 else -1


def raising(n):
    for i in range(n):
        if i == n - 3:
            raise KeyError(i)
        yield i


def observe():
    # the generator looks at itself between items
    for i in range(300):
        yield 1 if me.gi_running else 0


def with_finally(log, n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally")


def delegating(n):
    yield from count_up(n)
    yield from [1, 2, 3]
    yield from only_odd(count_up(n))


def nested(n):
    for i in range(n):
        yield sum(x for x in range(i % 7))


def main():
    print(sum(only_odd(count_up(5000))))
    print(sum(x % 1000 for x in count_up(5000)))
    print(sum(x for x in range(3000) if x % 3 == 0))
    print(sum((x * x for x in range(2000)), 10))
    print(sum((x for x in range(2000)), 0.5))
    print(sum(mixed(3000)))
    print(sum(near_overflow(400)))
    try:
        print(sum(raising(500)))
    except KeyError as e:
        print("KeyError", e)
    global me
    me = observe()
    print(sum(me))
    log = []
    print(sum(with_finally(log, 1000)), log)
    print(sum(delegating(1000)))
    print(sum(nested(2000)))
    g = count_up(1000)
    print(next(g), sum(g), next(g, "done"))
    # early exit: any/all/min/max and a loop that breaks
    print(any(x > 900 for x in count_up(5000)), all(x < 900 for x in count_up(5000)))
    print(min(x % 17 for x in count_up(2000)), max(x % 17 for x in count_up(2000)))
    total = 0
    gen = (x * 2 for x in count_up(10 ** 6))
    for v in gen:
        total += v
        if v > 4000:
            break
    print(total, sum(gen) if False else next(gen))
    gen.close()
    print(sum(gen))
    tb_gen = (1 // (x - 1500) for x in range(3000))
    try:
        sum(tb_gen)
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        n = 0
        while tb is not None:
            n += 1
            tb = tb.tb_next
        print("frames", n)


main()
