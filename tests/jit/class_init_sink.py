# A loop that instantiates a plain class whose __init__ is inlined (NEWINST,
# then SLOT_ADDs that move the instance along its shapes) and consumes the
# instance at once: allocation sinking turns the temporary into SUNKINST and
# SUNKADDs (no code; an exit materialises it), its attribute loads into the
# stored values and its shape guards away. `d`, kept in a local across the
# back-edge, stays allocated.
# jit-args: -X jit-threshold=5


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)


def run(n):
    o = Vec(0.5, 0.25)
    t = 0.0
    for i in range(n):
        d = Vec(i * 1.0, 2.0) - o
        t += d.x * d.y
    return t


print(run(20))
