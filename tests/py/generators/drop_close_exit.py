# Suspended generators still held by globals at exit are closed during
# interpreter shutdown.


def gen(tag):
    try:
        yield tag
    finally:
        print("finally at exit", tag)


def plain():
    yield 1


g1 = gen("one")
next(g1)
p = plain()
next(p)
print("end of script")
