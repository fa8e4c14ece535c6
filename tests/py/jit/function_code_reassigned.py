# f.__code__ reassigned while a hot loop calls f: traces that inlined or
# compiled f's body must run the new code from then on.
def f(x):
    return x + 1


def g(x):
    return x * 2


def h(x):
    if x < 0:
        return -x
    return f(x)


def run(n, swap_at, target):
    total = 0
    for i in range(n):
        if i == swap_at:
            f.__code__ = target.__code__
        total += f(i)
    return total


print(run(3000, 1500, g))
f.__code__ = (lambda x: x + 1).__code__
print(run(3000, 2000, (lambda x: x - 7)))
f.__code__ = (lambda x: x + 1).__code__


def loop_h(n):
    acc = []
    for i in range(n):
        if i == n // 2:
            f.__code__ = g.__code__
        acc.append(h(i - 5))
    return sum(acc), acc[:3], acc[-3:]


print(loop_h(4000))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def other(n):
    return -n


for rep in range(300):
    fact(12)
print(fact(12))
fact.__code__ = other.__code__
print(fact(12), [fact(i) for i in range(3)])
