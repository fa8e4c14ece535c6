# Polymorphic attribute sites (vm/inline_cache.h): one LOAD_ATTR, LOAD_METHOD
# or STORE_ATTR instruction sees several classes and shapes, and classes change.


class Base:
    kind = "base"

    def name(self):
        return "Base"


class A(Base):
    def __init__(self):
        self.x = 1


class B(Base):
    def __init__(self):
        self.y = 0
        self.x = 2

    def name(self):
        return "B"


class C(Base):
    kind = "c"

    def __init__(self):
        self.x = 3
        self.z = 9


class D:
    x = "class-x"

    def name(self):
        return "D"


class E(A):
    pass


objs = [A(), B(), C(), D(), E(), A(), B()]
for rnd in range(3):
    out = []
    for o in objs:
        out.append((o.x, o.name(), getattr(o, "kind", None)))
    print(rnd, out)
    for o in objs:
        if not isinstance(o, D):
            o.x = o.x + 10
    if rnd == 0:
        Base.name = lambda self: "patched"
    if rnd == 1:
        C.kind = "c2"
del objs[1].x
for o in objs:
    try:
        print(o.x)
    except AttributeError as e:
        print("AttributeError:", e)
# Many classes through one site: more than the cache holds.
classes = [type("K%d" % i, (), {"v": i, "get": lambda self, i=i: i * 2}) for i in range(9)]
insts = [k() for k in classes]
for i, o in enumerate(insts):
    if i % 2:
        o.v = -i
print([o.v for o in insts] * 2, [o.get() for o in insts])
for o in insts:
    o.w = o.v
print([o.w for o in insts])
import math
mods = [math, Base, A]
print([getattr(m, "__name__") for m in mods], [m.__name__ for m in mods])
