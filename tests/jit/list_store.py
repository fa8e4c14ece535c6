# List subscripts with a small-int index: type and bounds guards, boxing of
# the stored value, the store through the runtime (write barrier).
# jit-args: -X jit-threshold=5
def fill(n):
    flags = [True] * n
    j = 4
    while j < n:
        flags[j] = False
        j += 2
    return flags


print(sum(1 for x in fill(50) if x))
