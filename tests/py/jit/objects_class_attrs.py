# Class attributes in traces: `Base.__init__(self, ...)` and `Kind.LIMIT`
# read through a class, plain constants read through an instance
# (`self.LIMIT`), attribute-adding stores at a site shared by several
# classes, and the guards failing: a class attribute reassigned mid-loop,
# an instance shadowing a class constant, a base class changed.


class Base:
    LIMIT = 10
    SCALE = 1.5
    NAME = "base"

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b + self.LIMIT


class Left(Base):
    def __init__(self, a):
        Base.__init__(self, a, 1)
        self.side = "L"


class Right(Base):
    LIMIT = 20

    def __init__(self, a):
        Base.__init__(self, a, 2)
        self.side = "R"


def build(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            o = Right(i)
        else:
            o = Left(i)
        out.append(o)
    return out


def sum_totals(objs):
    t = 0
    for o in objs:
        t += o.total()
    return t


objs = build(300)
print(sum_totals(objs), [o.side for o in objs[:6]])


def class_reads(n):
    t = 0.0
    for i in range(n):
        t += Base.LIMIT * Base.SCALE + len(Right.NAME)
        if i == n // 2:
            Base.LIMIT = 11  # the version guard fails; the new value is read
    return t


print(class_reads(200))
Base.LIMIT = 10


def shadow(objs):
    t = 0
    for k, o in enumerate(objs):
        if k == 150:
            o.LIMIT = 1000  # an instance attribute shadows the class's
        t += o.LIMIT
    return t


print(shadow(build(300)))


def change_base(objs):
    t = 0
    for k, o in enumerate(objs):
        if k == 100:
            Base.total = lambda self: -1  # every subclass's version changes
        t += o.total()
    return t


print(change_base(build(200)))
del Base.total


def unbound_calls(n):
    t = 0
    for i in range(n):
        o = Left.__new__(Left)
        Base.__init__(o, i, i + 1)
        t += o.a * o.b
    return t


print(unbound_calls(100))


class Plain:
    pass


def class_missing(n):
    t = 0
    for i in range(n):
        if i == 60:
            Plain.VALUE = 5
        try:
            t += Plain.VALUE
        except AttributeError:
            t -= 1
    return t


print(class_missing(120))
