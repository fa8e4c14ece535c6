# Benchmark: generator pipelines (yield, yield from, generator expressions, send).
# bench: default=4000000 quick=10000
import sys


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


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(groups):
    for g in groups:
        yield from g


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
    s1 = sum(only_odd(squares(count_up(n))))
    s2 = sum(len(c) for c in chunks(count_up(n), 7))
    s3 = sum(x % 1000 for x in flatten(chunks(squares(count_up(n // 2)), 5)))
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(n // 2):
        last = acc.send(i)
    print(s1 % 1000000007, s2, s3, last)


main()
