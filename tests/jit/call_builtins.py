# Builtins compiled to native ops: len of a list (a length load), min/max of
# floats (FMIN/FMAX), abs of an int (ABSOV), int() of a float (FTOI),
# math.sqrt (FSQRT), list.append (LIST_APPEND); the builtins are constants of
# the guarded builtins dict, so no identity guard is emitted for them.
# jit-args: -X jit-threshold=5
import math


def run(xs):
    out = []
    t = 0
    for x in xs:
        v = min(1.0, max(0.0, x)) + math.sqrt(x + 1.0)
        t += abs(int(v * 10.0) - 7) + len(out)
        out.append(v)
    return t, len(out)


print(run([i * 0.1 for i in range(40)]))
