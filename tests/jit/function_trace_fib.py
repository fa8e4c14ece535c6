# A recursive function without loops gets a function trace from its entry
# (after RESUME) to its RETURN_VALUE: the final EXIT leaves the result on the
# stack. The recursive calls are not inlined but called as compiled
# functions (CALLR call_compiled: the callee's frame is pushed and its own
# function trace runs); their results come back tagged and are unboxed by a
# guard. The other branch becomes a side trace that also ends at the return;
# it inherits the root's exit values (SINHERIT: the compare's result on the
# stack), so call_compiled runs it without restoring the frame. Each
# call_compiled has a 0 after the function: no local to store into the
# caller's frame first.
# jit-args: -X jit-threshold=5


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(12))
