# Unbounded recursion that is not caught: exit code 1 and a RecursionError traceback.
def descend(n):
    return descend(n + 1) + 1


print("before")
descend(0)
print("not reached")
