# A guard fails inside a generator body the trace resumed from FOR_ITER
# (`x // d[x]` with a zero divisor); the exit saves the generator mid-body,
# the interpreter resumes it from the loop's FOR_ITER and it raises: the
# traceback names the loop's frame and the generator's with CPython's lines.
DIVISORS = [1] * 400
DIVISORS[250] = 0


def divided(xs):
    for x in xs:
        y = x * 2
        yield y // DIVISORS[x]


def run(n):
    t = 0
    for v in divided(range(n)):
        t += v
    return t


print(run(200))
print(run(300))
