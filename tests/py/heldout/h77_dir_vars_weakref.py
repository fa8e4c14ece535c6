# Introspection: dir() of instances and classes, vars(), __dict__
# manipulation, __weakref__, weakref callbacks, __slots__ and dir.
import weakref


class Base:
    tag = "base"

    def method(self):
        return 1


class Node(Base):
    count = 0

    def __init__(self, name):
        self.name = name
        Node.count += 1

    @property
    def upper(self):
        return self.name.upper()

    def __repr__(self):
        return f"Node({self.name!r})"


class Slim:
    __slots__ = ("a", "b")


class SlimWeak:
    __slots__ = ("a", "__weakref__")


n = Node("x")
n.extra = 5
print(dir(n))
print(dir(Node))
print([d for d in dir(Base) if not d.startswith("__")])
print(vars(n), sorted(vars(Node)))
print(dir(Slim()))
print("__weakref__" in dir(Node), "__weakref__" in dir(Slim), "__weakref__" in dir(SlimWeak))
print("__dict__" in dir(Node), "__dict__" in dir(Slim))
n.__dict__["late"] = [1]
print(n.late, vars(n).pop("extra"), hasattr(n, "extra"))
n.__dict__.update(name="y", z=0)
print(n, n.upper, sorted(n.__dict__))
print(Node.__weakref__, type(Node.__dict__["__weakref__"]).__name__ if "__weakref__" in Node.__dict__ else "inherited")
print(Base.__dict__["__weakref__"].__name__, Base.__dict__["__dict__"].__name__)
print(n.__weakref__)
r = weakref.ref(n)
print(n.__weakref__ is r, r() is n)
try:
    weakref.ref(Slim())
except TypeError as e:
    print("TypeError:", e)
sw = SlimWeak()
rs = weakref.ref(sw)
print(rs() is sw, sw.__weakref__ is rs)
try:
    vars(Slim())
except TypeError as e:
    print("TypeError:", e)
try:
    Slim().__dict__
except AttributeError as e:
    print("AttributeError:", e)
died = []
m = Node("temp")
wr = weakref.ref(m, lambda ref: died.append("gone"))
del m
import gc
gc.collect()
print(died, wr())


class Dyn:
    pass


d = Dyn()
setattr(d, "a b", 1)
d.__dict__["k"] = 2
print(getattr(d, "a b"), d.k, vars(d))
d.__dict__ = {"fresh": True}
print(vars(d), d.fresh)
try:
    d.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(Dyn) if k != "__doc__"))
print(dir(3)[:5], len(dir(object)) > 20, "mro" in dir(type), "__len__" in dir([]))
print([a for a in dir(object())])
delattr(n, "late")
print(hasattr(n, "late"), "late" in dir(n), "method" in dir(n))
