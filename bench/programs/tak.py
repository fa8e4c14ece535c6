# Benchmark: Takeuchi and a bounded Ackermann function (deep recursion, many calls).
# bench: default=19 quick=12
import sys


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 19
    print(tak(n, n // 2, 0))
    total = 0
    for k in range(n * 3):
        total += ack(2, k) + ack(1, k)
    for k in range(n // 4):
        total += ack(3, k)
    print(total)


main()
