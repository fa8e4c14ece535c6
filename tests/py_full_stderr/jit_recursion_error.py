# RecursionError raised in a recursion that runs through function traces
# and compiled calls (jit/call_trace.h): the traceback (its repeated lines
# folded as CPython folds them) is the interpreter's.
def fine(n):
    if n == 0:
        return 0
    return fine(n - 1) + 1


def runaway(n):
    if n < 0:
        return 0
    return runaway(n + 1) + 1


for i in range(100):
    fine(30)
print(fine(500))
runaway(0)
