# A guard fails inside an inlined callee two levels deep (leaf's `y > 300`),
# the interpreter resumes in the rebuilt frames, and the rebuilt leaf frame
# raises: the traceback names every frame with CPython's line numbers.
DIVISORS = [1] * 400
DIVISORS[190] = 0


def leaf(x, d):
    y = x * 2
    if y > 300:
        y = y // d
    return y


def mid(x):
    return leaf(x, DIVISORS[x]) + 1


def run(n):
    t = 0
    for i in range(n):
        t += mid(i)
    return t


print(run(150))
print(run(250))
