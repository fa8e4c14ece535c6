# A loop with inlined calls running near the recursion limit: an exit that
# rebuilds the inlined frames must not exceed the limit, and a call that
# would exceed it raises RecursionError exactly where CPython does.
import sys
def g(x):
    return x + 1
def h(x):
    return g(x) * 2
def loop():
    t = 0
    for i in range(100):
        t += h(i)
    return t
def deep(n):
    if n == 0:
        return loop()
    return deep(n - 1)
for d in (10, 990, 994, 995, 996, 997, 998):
    try:
        print(d, deep(d))
    except RecursionError as e:
        print(d, "RecursionError")
