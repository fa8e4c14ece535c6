# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# A started generator is closed when its last reference goes: a local is
# rebound or deleted, a function returns, a global is rebound or deleted.


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


def local_rebind():
    g = gen("local-rebind")
    print(next(g))
    g = None
    print("after local rebind")


def local_del():
    g = gen("local-del")
    print(next(g))
    del g
    print("after local del")


def local_return():
    g = gen("local-return")
    print(next(g))
    return "returned"


def returns_generator():
    g = gen("escaped")
    next(g)
    return g


local_rebind()
local_del()
print(local_return())
print("after call")

kept = returns_generator()
print("kept alive:", next(kept))
kept = None
print("after kept rebind")

g = gen("global-rebind")
print(next(g))
g = gen("global-second")
print("rebound")
print(next(g))
del g
print("after global del")

# Two references: dropping one keeps it open.
a = gen("shared")
b = a
next(a)
a = None
print("one reference left")
b = None
print("none left")

# An exception raised inside the loop body closes the generator before the
# handler runs.
try:
    for x in gen("unwound"):
        raise ValueError(x)
except ValueError as e:
    print("caught", e)
