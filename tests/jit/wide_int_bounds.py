# A 64-bit LCG: the state is a big int most of the time, so its operations
# are residual int_binary_op calls; results bounded into the small range
# (`(state >> 60) % 3`, `(state & MASK) >> 8`, `s % 10`, `s // 10`) are
# unboxed after the call and what they feed compiles to native int ops.
# jit-args: -X jit-threshold=3
MASK = 0xFFFFFFFFFFFFFFFF


def digits(n):
    state = 12345
    total = 0
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        s = state >> 8
        total += 1 + (state >> 60) % 3 + s % 10 + (s // 10) % 7
    return total


print(digits(10), digits(200))
