# A loop in a generator's body whose trace ends at its yield (-X
# jit-yield-exits=1): the trace resumes the inner generator, computes the
# value and exits at YIELD_VALUE, where the interpreter yields.
# jit-args: -X jit-threshold=5 -X jit-yield-exits=1


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


print(sum(list(squares(count_up(40)))))  # list() resumes it: every yield suspends
