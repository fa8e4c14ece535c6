# Held-out: walrus, star-unpacking, comprehension scoping, chained comparisons, conditional expressions.
import re

data = [4, 8, 15, 16, 23, 42]
first, *middle, last = data
print(first, middle, last)
head, (a, b), *_ = [1, (2, 3), 4, 5]
print(head, a, b, _)
*init, tail = "hello"
print(init, tail)
(x, y), z = "ab", "c"
print(x, y, z)
merged = [*data[:2], *"xy", *range(2)]
combined = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged, combined, {*"aab", *[1]} == set(["a", "b", 1]))


def f(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))


print(f(*data[:3], *[9], sep="+", **{"k": 1}, **{"j": 2}))
if (n := len(data)) > 5:
    print(f"long list ({n} elements)")
lines = ["key1=val1", "bad line", "key2 = val2", "", "k3=v3=extra"]
parsed = {m[1]: m[2] for line in lines if (m := re.match(r"(\w+)\s*=\s*(.*)", line))}
print(parsed, m[0] if m else None)
chunks = []
it = iter(range(10))
while chunk := [v for _, v in zip(range(3), it)]:
    chunks.append(chunk)
print(chunks)
totals = [total := 0] + [total := total + v for v in data]
print(totals, total)
print([y for x in range(4) if (y := x * x) % 2 == 0], y)
vals = [(i, j) for i in range(3) for j in range(i) if (i + j) % 2]
print(vals)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row if v != 3])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, "a" < "b" <= "b" != "c", (1 if 0 else 2 if 0 else 3))
for i, (name, *scores) in enumerate([("ann", 9, 7), ("bob", 6), ("cy",)]):
    print(i, name, scores, sum(scores) / len(scores) if scores else "n/a")
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1, "b": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
lst[::2] = [None] * 4
del lst[-1:]
print(lst)
print(any(v > 40 for v in data), all(v > 3 for v in data), [*map(lambda p: p[0] * p[1], zip(data, data[1:]))])
counter = 0


def bump(k=1):
    global counter
    counter += k
    return counter


print(bump(), bump(5), counter, (lambda *a, **k: (a, k))(1, *[2], z=3))
