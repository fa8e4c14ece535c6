# Deeply nested frozenset repr and a set holding it.
x = frozenset()
for _ in range(100000):
    x = frozenset([x])
try:
    repr({x})
except RecursionError as e:
    print("caught:", e)
print(str({1, x}))
