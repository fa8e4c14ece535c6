# Exceptions raised by residual calls and caught inside a compiled trace
# (a missing dict key, int() of a bad string) keep CPython's traceback
# entries and context: the last one caught is re-raised after the loop, and
# a second error raised in its handler's aftermath chains it as context.


def collect(n):
    table = {}
    saved = bad = None
    for i in range(n):
        try:
            table[i % 7] += 1
        except KeyError as e:
            table[i % 7] = 1
            saved = e
        try:
            int("x" if i % 3 == 0 else "1")
        except ValueError as e:
            bad = e
    return saved, bad


first, second = collect(300)
print(type(first).__name__, first.args, type(second).__name__)
try:
    raise second
except ValueError:
    raise first
