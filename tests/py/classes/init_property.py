# __init__ and comparison dunders given as properties: the getter runs (an
# AttributeError from __init__'s propagates, a comparison's gives NotImplemented)
# and a getter returning a callable is called.
def booh(self):
    raise AttributeError("booh")


class I:
    __init__ = property(booh)


try:
    I()
except AttributeError as e:
    print("AttributeError", e)


class J:
    @property
    def __init__(self):
        print("getter")
        return lambda *args: print("init with", args)


J(1, 2)


class A:
    a = property(booh)


try:
    A().a
except AttributeError as x:
    print(x)


class E:
    __eq__ = property(booh)


print(E() == E(), E() != E())


class F:
    @property
    def __lt__(self):
        return lambda other: "lt called"


print(F() < F())
