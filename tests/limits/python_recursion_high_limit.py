# sys.setrecursionlimit(100000) and Python recursion far beyond it.
import sys
sys.setrecursionlimit(100000)
def f(n):
    return f(n + 1) + 1
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 90000)
try:
    f(0)
except RecursionError as e:
    print("caught:", e)
f(0)
