# Benchmark: sieve of Eratosthenes at three sizes (list stores, while loops, integer arithmetic).
# bench: default=4000000 quick=50000
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return flags


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
    for top in (limit, limit // 2, limit // 3):
        flags = sieve(top)
        count = 0
        total = 0
        last = 0
        for k in range(top + 1):
            if flags[k]:
                count += 1
                total += k
                last = k
        print(count, total % 1000000007, last)


main()
