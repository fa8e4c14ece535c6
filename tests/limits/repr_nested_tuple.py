# Deeply nested tuple repr.
x = ()
for _ in range(100000):
    x = (x,)
try:
    print(repr(x))
except RecursionError as e:
    print("caught:", e)
str(x)
