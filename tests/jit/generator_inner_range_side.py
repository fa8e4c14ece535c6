# A range loop inside an inlined generator body, unrolled (NEWRANGE,
# ITER_NEW, the trip count guarded at the exhausted FOR_ITER), and the side
# trace of the exit where another trip count leaves: it starts at the
# consumer's FOR_ITER, inherits the generator's slots (SINHERIT, no entry
# guards on the generator), records the rest of the body and the yield
# (which clears resume_in_body), and links back to the consumer loop.
# jit-args: -X jit-threshold=5


def chunks(n):
    for i in range(n):
        k = 1 + i % 2
        acc = 0
        for j in range(k):
            acc += j + i
        yield acc


def run(n):
    total = 0
    for x in chunks(n):
        total += x
    return total


print(run(200))
