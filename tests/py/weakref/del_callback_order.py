# The order of __del__ and weakref callbacks: an object freed without a
# cycle runs __del__ first, garbage in a cycle has its callbacks run first.
import gc
import weakref

log = []


class Plain:
    def __init__(self, name):
        self.name = name
        self.payload = [name] * 3

    def __del__(self):
        log.append("del " + self.name)


def callback(ref):
    log.append("callback, dead: " + str(ref() is None))


t = Plain("a")
r = weakref.ref(t, callback)
del t
gc.collect()
print(log)
log.clear()

class Cyclic:
    def __init__(self):
        self.me = self

    def __del__(self):
        log.append("del cyclic, ref alive: " + str(r2() is not None))


c = Cyclic()
r2 = weakref.ref(c, lambda ref: log.append("cyclic callback"))
del c
gc.collect()
print(log)
log.clear()

a, b = Cyclic(), Plain("b")
a.other = b
b.other = a
r3 = weakref.ref(b, lambda ref: log.append("pair callback"))
del a, b
gc.collect()
print(sorted(log))
