# A branch that flips after 20 iterations: the guard on its direction exits,
# the exit gets hot, and a side trace (the other arm) links back to the loop.
# jit-args: -X jit-threshold=3 -X jit-hot-exit=5
def flip(n):
    t = 0
    for i in range(n):
        if i < 20:
            t += i
        else:
            t -= 1
    return t


print(flip(60))
