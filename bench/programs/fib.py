# Benchmark: naive recursive Fibonacci (function call overhead, small-int arithmetic).
# bench: default=35 quick=18
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
    print(fib(n))
    print(sum(fib(k) for k in range(n - 5)))


main()
