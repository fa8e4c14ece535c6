# A residual call in a compiled trace (the str concatenation `prefix + x`)
# fails when x turns out to be an int: the trace exits with no effect to the
# snapshot before the instruction, the interpreter re-runs it and raises, and
# the traceback (line numbers, carets) is CPython's.


def label(items, prefix):
    out = []
    for x in items:
        out.append(prefix + x)
    return out


print(len(label(["a", "b", "c"] * 50, "k-")))
print(label(["a"] * 120 + [7], "k-"))
