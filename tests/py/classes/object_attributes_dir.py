# object's own attributes (__class__ descriptor, comparison dunders, __dir__,
# __reduce__, __getstate__), the __dict__/__weakref__ descriptors of user
# classes, and dir() listing what CPython lists.
import copy
import functools
import weakref


class Base:
    tag = "b"


class Node(Base):
    def __init__(self):
        self.name = "n"


class Slotted:
    __slots__ = ("a",)


class SlottedWeak(Slotted):
    __slots__ = ("__weakref__",)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(sorted(object.__dict__))
print(list(Base.__dict__), list(Node.__dict__), list(Slotted.__dict__))
print(dir(Node()))
print(dir(Node))
print(dir(Slotted()))
print(dir(WithMeta) == dir(Base), "__weakref__" in dir(SlottedWeak))
print(Base.__dict__["__dict__"], Base.__dict__["__weakref__"], Node.__weakref__)
print(type(Base.__dict__["__weakref__"]).__name__, Base.__weakref__.__objclass__)
n = Node()
print(n.__weakref__, Base.__dict__["__dict__"].__get__(n), Node.__dict__.get("__dict__"))
r = weakref.ref(n)
print(n.__weakref__ is r)
for cls in (Slotted, SlottedWeak):
    try:
        weakref.ref(cls())
        print(cls.__name__, "weakrefable")
    except TypeError as e:
        print("TypeError:", e)
try:
    n.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base.__dict__["__dict__"].__get__(3)
except TypeError as e:
    print("TypeError:", e)
print(None.__class__, (3).__class__, n.__class__, Node.__class__, Meta.__class__)
try:
    (3).__class__ = Node
except TypeError as e:
    print("TypeError:", e)
print(n.__eq__(n), n.__ne__(n), n.__lt__(n), object.__eq__(n, 1), Node.__ge__(n, n))
print(sorted(n.__dir__()) == dir(n), type(n.__dir__()).__name__)
print(n.__getstate__(), Slotted().__getstate__(), object().__getstate__())
s = Slotted()
s.a = 1
print(s.__getstate__(), n.__reduce__()[1:], n.__reduce_ex__(2)[1:])


class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


print(type(copy.deepcopy(OwnReduce())).__name__, OwnReduce().__reduce_ex__(2)[1])


@functools.total_ordering
class Ordered:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(Ordered(1) <= Ordered(2), Ordered(3) >= Ordered(4), Ordered(1) > Ordered(0))
try:
    n < n
except TypeError as e:
    print("TypeError:", e)


def outer():
    x = 1

    def inner():
        return x
    return inner


cell = outer().__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 7
print(cell.cell_contents, outer.__code__.co_name)
print((3).real, (3).imag, (3).numerator, (3).denominator, (2.5).real, (2.5).imag, int.real)
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (3).__ceil__(), (3).__floor__(),
      (3).__trunc__(), (3).__getnewargs__(), (2.5).__getnewargs__())
d = {"a": 1, "b": 2}
print(d.keys().mapping, d.values().mapping["a"], d.items().mapping == d)
