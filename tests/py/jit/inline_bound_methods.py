# Bound method objects called through a variable or an attribute: the method
# object is unpacked in the trace; its function is guarded, and a different
# method mid-loop makes the guard fail.


class Counter:
    def __init__(self, step):
        self.n = 0
        self.step = step

    def bump(self, k):
        self.n += self.step * k
        return self.n

    def other(self, k):
        self.n -= k
        return self.n


class Holder:
    def __init__(self, cb):
        self.cb = cb


def via_local():
    c = Counter(2)
    f = c.bump
    t = 0
    for i in range(300):
        t += f(i)
        if i == 200:
            f = c.other  # another function: the guard fails
        if i == 250:
            f = Counter(5).bump  # another receiver, same function
    print(t, c.n)


def via_attribute():
    c = Counter(3)
    h = Holder(c.bump)
    t = 0
    for i in range(300):
        t += h.cb(1)
        if i == 220:
            h.cb = len  # a builtin: not a bound method any more
            h.cb = c.other
    print(t, c.n)


def builtin_bound():
    out = []
    push = out.append
    for i in range(200):
        push(i * i)
    print(len(out), out[-1], sum(out))


via_local()
via_attribute()
builtin_bound()
