# Deeply nested list: repr raises RecursionError (no C++ stack overflow).
x = []
for _ in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("caught:", e)
print(repr(x))
