# A counted loop over range() with small-int arithmetic: range-iterator guards
# and the iterator's type check are hoisted by loop peeling; `t` is a PHI.
# jit-args: -X jit-threshold=5
def f(n):
    t = 0
    for i in range(n):
        t += i * 3 - 1
    return t


print(f(100))
