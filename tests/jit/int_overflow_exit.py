# Small-int arithmetic overflowing into big ints: the overflow guard exits to
# the interpreter, which continues with exact big-int results.
# jit-args: -X jit-threshold=3
def grow(n):
    x = 1
    for _ in range(n):
        x = x * 3 + 1
    return x


print(grow(30), grow(60), grow(100))
