# A side trace that inherits its parent's values: the inner loop's trace
# exits when its range is exhausted, with the float `x`, the int `j` and the
# bool `flag` unboxed in the exit buffer; the side trace from that exit reads
# them with SINHERIT (typed, no SLOAD, no type guard) and links to the inner
# trace.
# jit-args: -X jit-threshold=3 -X jit-hot-exit=3
def nest(n, m):
    total = 0.0
    for i in range(n):
        x = 0.5
        flag = False
        for j in range(m):
            x = x * 1.5 + j
            flag = x > 10.0
        if flag:
            total += x
    return total


print(nest(12, 6))
