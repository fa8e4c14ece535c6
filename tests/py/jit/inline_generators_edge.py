# Inlined generators (FOR_ITER resuming a generator in a trace), edge cases:
# two yields alternating (the resume-point guard fails every other item),
# a generator with a try/finally (not inlined; its finally runs on close()),
# a local deleted on a path the trace did not record, and unboxed floats
# that must keep their identity across the write-back.
def alt(n):
    for i in range(n):
        yield i
        yield -i * 2


def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally ran")


def deleter(n):
    i = 0
    while i < n:
        k = i * 3
        if i == 150:
            del k
            k = 7
        yield k
        i += 1


def floats(n):
    x = 0.5
    for i in range(n):
        x = x * 1.0001 + i
        a = b = x
        yield a
        if a is not b:
            yield "identity lost"


def run_alt(n):
    t = 0
    for v in alt(n):
        t += v
    return t


def run_guarded(n):
    t = 0
    g = guarded(n)
    for v in g:
        t += v
        if v == n - 10:
            break
    g.close()
    return t


def run_deleter(n):
    t = 0
    for v in deleter(n):
        t += v
    return t


def run_floats(n):
    t = 0.0
    c = 0
    for v in floats(n):
        if isinstance(v, str):
            c += 1
        else:
            t += v
    return round(t, 3), c


print(run_alt(300))
print(run_guarded(300))
print(run_deleter(300))
print(run_floats(300))
