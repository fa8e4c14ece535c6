# isinstance/issubclass with deeply nested tuples of classes.
t = (str,)
for _ in range(100000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print("caught:", e)
issubclass(int, t)
