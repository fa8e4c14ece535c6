# Globals a trace reads as constants while the module's values are still
# quasi-constant (few rebinds so far), rebound behind the trace's back: by a
# store through globals() inside the loop, by a called function declaring
# the name global, by setattr on the module, and often enough that the
# module's values turn mutable while traces that took them as constants are
# still installed.
import sys

WEIGHT = 1
STEP = 2
OFFSET = 0.5


def via_globals_dict(n):
    g = globals()
    s = 0
    for i in range(n):
        s += WEIGHT
        if i % 50 == 49:
            g["WEIGHT"] = WEIGHT + 1
    return s


def set_step(v):
    global STEP
    STEP = v


def via_global_statement(n):
    s = 0
    for i in range(n):
        s += STEP
        if i == n // 2:
            set_step(STEP * 10)
    return s


def via_setattr(n):
    module = sys.modules[__name__]
    s = 0.0
    for i in range(n):
        s += OFFSET * i
        if i % 100 == 99:
            setattr(module, "OFFSET", OFFSET + 0.25)
    return s


def reads_all(n):
    s = 0.0
    for i in range(n):
        s += WEIGHT + STEP + OFFSET
    return s


def main():
    print(via_globals_dict(1000))
    print(WEIGHT)
    print(via_global_statement(1000))
    print(STEP)
    print(via_setattr(1000))
    print(OFFSET)
    results = []
    for k in range(30):
        results.append(reads_all(200))
        set_step(k)
    print(results)


main()
