# LOAD_GLOBAL guarded by the globals dict's version, LOAD_ATTR of an instance
# slot guarded by type version and shape, a float global folded to a constant.
# jit-args: -X jit-threshold=5
SCALE = 2.5


class P:
    def __init__(self, x):
        self.x = x


def total(points):
    s = 0.0
    for p in points:
        s += p.x * SCALE
    return s


print(total([P(float(i)) for i in range(40)]))
