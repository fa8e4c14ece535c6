# functools.singledispatch and singledispatchmethod.
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(x):
    """Describe x."""
    return "object " + repr(x)


@describe.register
def _(x: int):
    return "int " + str(x)


@describe.register(list)
def _(x):
    return "list of " + str(len(x))


def describe_str(x, suffix="!"):
    return "str " + x + suffix


describe.register(str, describe_str)


@describe.register
def _(x: float | complex):
    return "number " + str(x)


class Base:
    pass


class Derived(Base):
    pass


@describe.register(Base)
def _(x):
    return "a " + type(x).__name__


print(describe(3), describe(True), describe([1, 2]), describe("hi"), describe("hi", suffix="?"))
print(describe(1.5), describe(2j), describe(None), describe((1,)))
print(describe(Derived()), describe(Base()))
print(describe.__name__, describe.__doc__)
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(object).__name__)
print(describe.dispatch(str) is describe_str)
print(sorted(k.__name__ for k in describe.registry.keys()))
print(describe.registry[object].__name__)

try:
    describe()
except TypeError as e:
    print("TypeError", e)

try:
    @describe.register
    def bad(x):
        return x
except TypeError as e:
    print("TypeError", str(e).split(":")[0])

try:
    @describe.register
    def bad2(x: list[int]):
        return x
except TypeError as e:
    print("TypeError", e)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "default"

    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg

    @fmt.register(str)
    def _(self, arg):
        return "str " + arg


f = Formatter()
print(f.fmt(1), f.fmt("a"), f.fmt(2.0))
