# Ordering comparison of deeply nested lists and tuples.
def nest(n, f):
    x = f(0)
    for _ in range(n):
        x = f(x)
    return x
a, b = nest(100000, lambda x: [x]), nest(100000, lambda x: [x])
try:
    print(a < b)
except RecursionError as e:
    print("caught:", e)
print(nest(300, lambda x: (x,)) <= nest(300, lambda x: (x,)))
nest(100000, lambda x: (x,)) >= nest(100000, lambda x: (x,))
