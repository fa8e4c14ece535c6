# List comprehensions: filters, nested loops, nested comprehensions, closures over the loop.
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
words = ["alpha", "beta", "gamma"]
print([w.upper() for w in words if "a" in w[1:]])
print([len(w) for w in words], sum([len(w) for w in words]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "abc"], x)
scale = 10
print([v * scale for v in (1, 2, 3)])
print({k: k * k for k in range(4)}, {v % 3 for v in range(10)})
