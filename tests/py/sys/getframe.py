# sys._getframe: snapshots of the running frames.
import sys

# pyvm's snapshots keep f_lineno and function f_locals as of the _getframe
# call (CPython's are live), so the script reads them in the same statement.
top = sys._getframe()
print(top.f_code.co_name, sys._getframe().f_lineno, top.f_back, top.f_globals is globals(), top.f_locals is globals())


def inner(a, b=2):
    c = a + b
    print(sorted(sys._getframe().f_locals), sys._getframe().f_lineno)
    f = sys._getframe()
    caller = sys._getframe(1)
    print(f.f_code.co_name, f.f_locals["c"])
    print(caller.f_code.co_name, caller.f_lineno, caller.f_locals.get("x"), f.f_back.f_code is caller.f_code)
    print(f.f_globals is globals(), f.f_builtins["len"] is len, f.f_back.f_back.f_code.co_name)
    return f


def outer():
    x = "outer-x"
    return inner(1)


fr = outer()
print(fr.f_code.co_name, type(fr).__name__)
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError", e)


def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


print(depth(), sys._getframe(0).f_code is sys._getframe().f_code)


class C:
    name = sys._getframe().f_code.co_name
    loc = sys._getframe().f_locals.get("name")


print(C.name, C.loc)
print([sys._getframe(0).f_code.co_name for _ in range(1)])
print(sys._getframe(-1).f_code.co_name)
