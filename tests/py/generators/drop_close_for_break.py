# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# A generator left by break/return out of a for loop is closed at once:
# its finally blocks and with-exits run before the next statement.


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("counter finally", n)


def managed(name):
    with Res(name):
        yield 1
        yield 2


def catcher():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("catcher saw GeneratorExit")
        raise


for x in counter(5):
    print("got", x)
    if x == 1:
        break
print("after break")

for x in managed("m1"):
    print("got", x)
    break
print("after with break")

for x in catcher():
    print("got", x)
    break
print("after catcher")


def first_over(limit):
    for x in counter(10):
        if x > limit:
            return x
    return None


print("first_over", first_over(2))
print("after return")

# Nested loops: each inner generator closes when its loop is left.
for i in range(3):
    for x in counter(3):
        if x == i:
            break
    print("outer", i)

# Generators with no cleanup are unaffected.
for x in (y * 2 for y in range(5)):
    if x > 4:
        break
print("genexpr done", x)


# A generator held elsewhere is not closed when a loop over it breaks.
g = counter(4)
for x in g:
    break
print("still open, next:", next(g))
for x in g:
    print("resumed", x)
print("exhausted")
