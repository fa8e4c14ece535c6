# Generator attributes: __name__, __qualname__, gi_running, gi_suspended,
# gi_frame (None once finished), gi_code, and the __next__/__iter__ methods.
def gen():
    x = yield 1
    yield x


class K:
    def g(self):
        yield from gen()


def state(g):
    if g.gi_running:
        return "RUNNING"
    if g.gi_suspended:
        return "SUSPENDED"
    return "CLOSED" if g.gi_frame is None else "CREATED"


g = gen()
print(g.__name__, g.__qualname__, K().g().__qualname__, g.gi_running, g.gi_frame is not None)
print(g.gi_code is gen.__code__, state(g), g.gi_suspended)
next(g)
print(state(g), g.gi_frame.f_lineno, g.gi_frame.f_code is gen.__code__, g.gi_suspended)


def watcher():
    print("running inside", w.gi_running, state(w))
    yield


w = watcher()
next(w)
g.send(5)
for _ in g:
    pass
print(state(g), g.gi_frame, g.gi_running, hasattr(g, "__next__"), hasattr(g, "send"))
try:
    g.nope
except AttributeError as e:
    print("AttributeError", e)
g2 = gen()
g2.close()
print(state(g2), g2.gi_frame, g2.__next__ is not None)
print(type(g).__name__, g.__class__.__name__, iter(g) is g, g.__iter__() is g)
g3 = gen()
print(g3.__next__(), g3.send("s"))
