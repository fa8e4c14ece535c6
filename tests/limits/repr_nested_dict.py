# Deeply nested dict repr, also through print().
x = {}
for _ in range(100000):
    x = {"k": x}
try:
    repr(x)
except RecursionError as e:
    print("caught:", e)
print(x)
