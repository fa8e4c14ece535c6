# FOR_ITER over a generator, inlined: guards on the generator's type, code,
# state, resume unit and depth; the body's values are loaded from the
# generator object, written back at the yield (GEN_STORE, FSTORE of the
# resume unit, yield unit and depth), and the yielded value is the loop
# variable.
# jit-args: -X jit-threshold=5


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def run(n):
    total = 0
    for x in count_up(n):
        total += x
    return total


print(run(40))
