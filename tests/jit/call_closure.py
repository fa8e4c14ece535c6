# Closures called through a variable: guarded by their code and globals (not
# their identity); COPY_FREE_VARS loads the cells from the function's closure
# tuple, LOAD_DEREF/STORE_DEREF go through the cell (CELL_STORE), and the
# snapshots inside the callee carry the function value in the slot below
# the callee's locals.
# jit-args: -X jit-threshold=5


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def run(n):
    counters = [make_counter(1), make_counter(2)]
    total = 0
    for i in range(n):
        total += counters[i % 2]()
    return total


print(run(40))
