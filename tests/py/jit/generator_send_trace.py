# gen.send(x) in hot loops: the generator's body is followed into the trace;
# exits inside the body, the generator returning, raising, being closed.


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def limited(n):
    # returns after n values: send raises StopIteration with the value
    total = 0
    for _ in range(n):
        x = yield total
        total += x
    return total * 10


def picky():
    # the sent value's type changes mid-loop: guards fail inside the body
    seen = []
    while True:
        x = yield len(seen)
        if x % 5 == 0:
            seen.append(x)
        if x > 1000:
            raise ValueError("too big: %d" % x)


def echo():
    value = None
    while True:
        value = yield value


def main():
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(3000):
        last = acc.send(i)
    print("acc", last)

    g = limited(500)
    next(g)
    out = 0
    try:
        for i in range(1000):
            out = g.send(i)
    except StopIteration as e:
        print("stopped", i, out, e.value)
    try:
        g.send(1)
    except StopIteration as e:
        print("again", e.value)

    p = picky()
    next(p)
    r = 0
    try:
        for i in range(2000):
            r = p.send(i if i < 1500 else i * 1.0)
    except ValueError as e:
        print("picky", i, r, e, p.gi_frame is None)

    e = echo()
    next(e)
    items = []
    for i in range(600):
        v = e.send(i if i % 100 else str(i))
        if i % 97 == 0:
            items.append(v)
    print("echo", items)
    e.close()
    try:
        e.send(1)
    except StopIteration:
        print("closed")

    # a generator suspended mid-loop by the trace, then closed and thrown into
    a = accumulator()
    next(a)
    for i in range(400):
        a.send(i)
        if i == 300:
            break
    print("throw", end=" ")
    try:
        a.throw(KeyError("k"))
    except KeyError as ex:
        print(repr(ex))
    print(a.gi_frame is None)

    # send to a generator whose state the loop changes
    gens = [accumulator() for _ in range(3)]
    for g2 in gens:
        next(g2)
    s = 0
    for i in range(900):
        s += gens[i % 3].send(i)
    print("round robin", s)


main()
