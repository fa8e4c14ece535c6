# An exception raised 20 compiled calls deep (function traces calling each
# other through call_compiled, jit/call_trace.h) and not caught: the
# traceback names every frame once, with CPython's line numbers; the calls
# are not run again when the callers' traces exit at their CALLs.
calls = 0


def down(n, fail):
    global calls
    calls += 1
    if n == 0:
        if fail:
            raise ValueError("bottom reached")
        return 0
    return down(n - 1, fail) + 1


for i in range(200):
    down(20, False)
print("calls", calls)
try:
    down(20, True)
finally:
    print("calls", calls)
