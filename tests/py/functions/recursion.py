# Recursive functions: factorial, fibonacci, mutual recursion, Ackermann, Hanoi.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


print(fact(10), fact(25))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(10), is_odd(7), is_even(301))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 3))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves


moves = hanoi(5, "A", "C", "B", [])
print(len(moves), moves[:4], moves[-1])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
