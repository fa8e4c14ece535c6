# Benchmark: digits of pi with an unbounded spigot on plain big ints
# (big-int multiply, add, floor division).
# bench: default=5000 quick=100
import sys


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    digits = pi_digits(n)
    s = "".join(str(d) for d in digits)
    for i in range(0, min(n, 50), 10):
        print(s[i:i + 10])
    print(sum(digits), s[-10:])


main()
