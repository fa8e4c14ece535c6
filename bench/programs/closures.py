# Benchmark: closures and higher-order functions (cell variables, nonlocal, lambdas,
# map/filter, function composition).
# bench: default=3600000 quick=8000
import sys


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def make_adder(k):
    def add(x):
        return x + k
    return add


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3600000
    counters = [make_counter(s) for s in range(1, 6)]
    pipeline = compose(make_adder(3), compose(lambda x: x * 2, make_adder(-1)))
    total = 0
    for i in range(n):
        c = counters[i % 5]
        total += c() + pipeline(i)
    mapped = list(map(make_adder(7), range(n // 4)))
    kept = list(filter(lambda x: x % 3 == 0, mapped))
    total += sum(kept)
    fs = [make_adder(i) for i in range(100)]
    for i in range(n // 100):
        for f in fs:
            total = f(total) & 0xFFFFFFF
    print(total, [c() for c in counters])


main()
