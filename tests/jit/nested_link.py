# Nested loops: the inner loop's trace exits when the inner range is
# exhausted; the side trace from that exit runs the outer loop's next
# iteration (range(), GET_ITER) and links to the inner trace at its header.
# jit-args: -X jit-threshold=3 -X jit-hot-exit=3
def grid(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i + j
    return total


print(grid(12, 8))
