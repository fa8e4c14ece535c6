# RecursionError through an instance's __call__ (CPython's tp_call counts a
# level "while calling a Python object"), at several recursion limits.
import sys


class Loop:
    def __call__(self):
        return self()


class Forward:
    def __init__(self, target):
        self.target = target

    def __call__(self, n):
        return self.target(n + 1)


def plain(n):
    return plain(n + 1)


for limit in range(200, 206):
    sys.setrecursionlimit(limit)
    out = []
    for fn in (lambda: Loop()(), lambda: Forward(Forward(plain))(0), lambda: plain(0)):
        try:
            fn()
        except RecursionError as e:
            out.append(str(e))
    print(limit, out)
