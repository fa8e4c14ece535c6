# A loop whose inlined callee reads class attributes (`Base.__init__` and
# `self.STEP` through LOAD_METHOD / LOAD_ATTR on the class and an instance:
# constants guarded by the class's version), tests the truth of a bool
# attribute and an instance (`not self.held`, `if self.link`), and runs a
# short loop over a list attribute (unrolled: ITER_NEW, each FOR_ITER's
# guards, the exhausted one guarding the end).
# jit-args: -X jit-threshold=5


class Base:
    STEP = 3

    def __init__(self, items):
        self.items = items


class Item(Base):
    def __init__(self, items, link):
        Base.__init__(self, items)
        self.held = False
        self.link = link

    def total(self):
        s = 0
        for v in self.items:
            s += v * self.STEP
        if not self.held and self.link:
            s += 1
        return s


def run(n):
    head = Item([], None)
    objs = [Item([1, 2], head) for _ in range(n)]
    t = 0
    for o in objs:
        t += o.total()
    return t


print(run(20))
