# Generators: yield, generator expressions, send-free iteration, StopIteration ending for loops.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


print(list(countdown(5)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
gen = countdown(2)
print(next(gen), next(gen), next(gen, "done"))


def delegate():
    yield from countdown(3)
    yield "end"


print(list(delegate()))
