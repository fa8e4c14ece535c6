# Loops whose slot is entered as an unboxed int or float but reassigned from a
# list item that the iteration then unboxes (`k = xs[k]; while k:`): the trace
# loops on the unboxed value; items that turn into big ints, floats, bools or
# other objects mid-loop leave through the guards.


def chase(xs, k):
    steps = 0
    while k:
        steps += 1
        k = xs[k]
        if steps > 1000:
            break
    return steps, k


def chase_float(xs, x):
    total = 0.0
    i = 0
    while x < 100.0:
        total += x
        x = xs[i % len(xs)] + total / 50.0
        i += 1
    return total, x, i


def mixed(xs):
    k = 1
    seen = []
    n = 0
    while k and n < 200:
        n += 1
        k = xs[n % len(xs)]
        if k:
            seen.append(k % 7 if isinstance(k, int) else k)
    return n, seen[-6:]


ring = [i + 1 for i in range(300)] + [0]
print(chase(ring, 1))
print(chase_float([0.5, 1.25, 2.0, 3.5], 0.0))
vals = [3] * 90 + [2**80, 5, True, 7, 4.5, 6] + [1] * 40 + [0]
print(mixed(vals))
print(mixed([1, 2, 3] * 100))
