# Exception subclasses with non-empty __slots__: slot members next to the
# exception's own __dict__, in subclasses with and without more slots, in
# OSError subclasses, raised and caught, deleted and missing.
class E(Exception):
    __slots__ = ("a", "b")


e = E(1, 2)
e.a = 5
print(e.a, e.args, e.__dict__)
try:
    e.b
except AttributeError as x:
    print("AttributeError", x)
e.c = 3
print(e.c, e.__dict__, sorted(vars(e)))
del e.a
try:
    del e.a
except AttributeError as x:
    print("AttributeError", x)
print(hasattr(e, "a"), "a" in E.__dict__, type(E.__dict__["a"]).__name__)


class F(E):
    __slots__ = ("d",)


f = F()
f.d = 1
f.a = 2
f.x = 9
print(f.d, f.a, f.x, repr(f), f.__dict__)


class H(F):
    pass


h = H("msg")
h.a, h.b, h.d = "A", "B", "D"
h.y = 10
print(h.a, h.b, h.d, h.y, str(h), h.__dict__)
try:
    raise H("boom")
except E as err:
    err.b = 7
    print(type(err).__name__, err, err.b, err.args)


class G(OSError):
    __slots__ = ("z",)


g = G(2, "no")
g.z = 4
print(g.z, g.errno, g.strerror, str(g))


class S(StopIteration):
    __slots__ = ("extra",)


s = S(5)
s.extra = "x"
print(s.value, s.extra)


def gen():
    yield 1
    return 2


try:
    raise E("chained") from ValueError("cause")
except E as err:
    print(repr(err.__cause__), err.__traceback__ is not None)
