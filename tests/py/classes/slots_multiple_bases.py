# Multiple inheritance of classes with __slots__: one base's slots extending
# the other's is compatible (asyncio's transports); unrelated slots conflict.
class Base:
    __slots__ = ("extra",)


class Empty(Base):
    __slots__ = ()


class Mixin(Empty):
    __slots__ = ("loop", "paused")


class Both(Mixin, Empty):
    pass


b = Both()
b.extra, b.loop, b.paused = 1, 2, 3
b.other = 4
print(b.extra, b.loop, b.paused, b.other, [c.__name__ for c in Both.__mro__])


class Other(Base):
    __slots__ = ("x",)


class Diamond(Other, Empty):
    __slots__ = ("y",)


d = Diamond()
d.x, d.y, d.extra = 5, 6, 7
print(d.x, d.y, d.extra, hasattr(d, "__dict__"))

for bases in [(Mixin, Other), (Other, Mixin)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)
