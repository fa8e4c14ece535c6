# Recursion thousands of frames deep through function traces: compiled
# calls nest at most 100 deep on the C++ stack (jit/call_trace.h), deeper
# calls run in the interpreter's loop; results and a deep exception are exact.
import sys
sys.setrecursionlimit(10000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
def tri(n, acc=0):
    if n == 0:
        return acc
    return tri(n - 1, acc + n)
for i in range(200):
    depth(30)
print(depth(8000), tri(7000))
def boom(n):
    if n == 0:
        raise ValueError("deep")
    return boom(n - 1) + 1
try:
    boom(7500)
except ValueError as e:
    print("caught", e)
