# Loops in callees too long to unroll (a while loop with a data-dependent
# trip count, a for loop over a long range): the caller's trace calls the
# function instead of inlining it, and its loop runs in its own trace.
# Results, exceptions raised inside the callee, and tracebacks through it.


def low_bits_set(x):
    # Bits set in x, lowest first, one per iteration.
    n = 0
    while x != 0:
        n += x & 1
        x >>= 1
    return n


def total(n, scale):
    s = 0
    for i in range(n):
        s += i * scale
    return s


def checked(x, limit):
    steps = 0
    while x > 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
        if steps > limit:
            raise ValueError("too many steps for limit %d" % limit)
    return steps


def main():
    state = 88172645463325252
    ones = 0
    acc = 0
    for i in range(4000):
        state ^= (state << 13) & 0xFFFFFFFFFFFFFFFF
        state ^= state >> 7
        state ^= (state << 17) & 0xFFFFFFFFFFFFFFFF
        ones += low_bits_set(state)
        acc += total(i % 40, 3)
    print(ones, acc)
    caught = 0
    steps = 0
    for i in range(1, 3000):
        try:
            steps += checked(i, 60)
        except ValueError as e:
            caught += 1
            last = str(e)
    print(steps, caught, last)
    for i in range(1, 3000):
        steps += checked(i, 150 if i < 2999 else 5)
    print("not reached", steps)


main()
