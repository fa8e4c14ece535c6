# Lambdas: as arguments, with defaults, capturing variables, immediately called.
square = lambda x: x * x
print(square(12))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
print((lambda: "called")())
n = 3
times_n = lambda x: x * n
n = 4
print(times_n(5))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]))
inc = lambda v: v + 1
print([inc(v) for v in [1, 2, 3]])
print(max([-7, 3, 5, -9], key=lambda v: abs(v)))
