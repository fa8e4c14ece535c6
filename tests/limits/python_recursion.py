# Deep Python recursion at the default limit, caught, then uncaught.
import sys
def f(n):
    return f(n + 1) + 1
try:
    f(0)
except RecursionError as e:
    print("caught:", e)
print(sys.getrecursionlimit())
f(0)
