# Fibonacci three ways: naive recursion, iteration with big ints, memoised with a dict.
def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


print(fib_rec(22))
print(fib_iter(22), fib_iter(90), fib_iter(300))
print(fib_memo(300) == fib_iter(300), len(memo))
print(sum([fib_iter(i) for i in range(50)]) % 1000000007)
