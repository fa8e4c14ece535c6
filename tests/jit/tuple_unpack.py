# Tuples in a loop: `u, v = step(x, y)` where the inlined callee returns a
# tuple (BUILD_TUPLE -> NEWTUPLE + TUPLE_INITs); the caller's UNPACK_SEQUENCE
# takes the recorded items (no type or length guard, floats stay unboxed) and
# the tuple, used by nothing else, disappears (NOPs). `a, b = b, a` is a SWAP.
# `pair`, kept in a local across the back-edge, stays allocated.
# jit-args: -X jit-threshold=5


def step(x, y):
    return x + y * 0.5, y - x * 0.25


def run(n):
    x, y = 1.0, 0.5
    a, b = 0, 1
    pair = None
    for i in range(n):
        x, y = step(x, y)
        a, b = b, a
        pair = (i, a)
    return x, y, a, b, pair


print(run(40))
