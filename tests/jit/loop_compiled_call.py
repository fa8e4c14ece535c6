# A loop whose body calls its own function recursively (deeper than the
# inlining bound) makes the call a compiled call from the loop trace. The
# loop changed locals the callee can see in its caller's frame
# (sys._getframe(1).f_locals): call_compiled first stores them into the
# trace's frame (the count after the function, then slot, boxed value
# pairs), then pushes the callee's frame.
# jit-args: -X jit-threshold=5


def walk(n, depth):
    total = 0
    i = 0
    while i < n:
        i += 1
        if depth > 0:
            total += walk(n, depth - 1)
        else:
            total += i
    return total


print(walk(4, 6))
