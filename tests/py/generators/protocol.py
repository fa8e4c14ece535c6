# Generator protocol: next/send/throw/close, yield from with a return value,
# StopIteration.value, PEP 479, finally on close, generator expressions.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)), sum(count(100)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    got = yield "ready"
    while True:
        got = yield got * 2

e = echo()
print(e.send(None), e.send(3), e.send(10))
e.close()

def inner():
    x = yield 1
    yield x
    return 99

def outer():
    r = yield from inner()
    yield r

o = outer()
print(next(o), o.send("sent"), next(o))
print([x * x for x in count(4)], sum(x for x in range(10)))

def catcher():
    try:
        yield 1
    except ValueError as ex:
        yield "caught " + str(ex)
    yield "after"

c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as ex:
    print("RuntimeError", ex)

def nested_try():
    try:
        yield 1
    finally:
        print("cleanup")
n = nested_try()
next(n)
n.close()
g2 = count(3)
print(type(g2).__name__)
