# A guard fails inside an inlined callee (two levels deep), which then
# raises: the traceback names every frame with CPython's line numbers.
def leaf(x, d):
    y = x * 2
    if y > 300:
        y = y // d
    return y


def mid(x):
    return leaf(x, 0 if x == 190 else 1) + 1


def run(n):
    t = 0
    for i in range(n):
        t += mid(i)
    return t


print(run(180))
print(run(250))
