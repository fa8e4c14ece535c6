# Python subclasses of built-in types get the __dict__ and __weakref__
# descriptors CPython gives them; weak references and __dict__ assignment.
import weakref

for base in (list, dict, set, frozenset, int, float, str, tuple, bytes, bytearray,
             Exception, ValueError, KeyError, OSError, object, StopIteration):
    C = type("C", (base,), {})

    class D(C):
        pass

    class S(base):
        __slots__ = ()

    print(base.__name__, list(C.__dict__), list(D.__dict__), list(S.__dict__))
    print("  ", C.__dict__.get("__dict__"), C.__dict__.get("__weakref__"))


class L(list):
    pass


class Tup(tuple):
    pass


class I(int):
    pass


class E(ValueError):
    pass


class St(set):
    pass


for cls, args in ((L, ([1],)), (Tup, ((1, 2),)), (I, (5,)), (E, ("m",)), (St, ([1],))):
    o = cls(*args)
    o.x = 1
    print(cls.__name__, o.__dict__, vars(o))
    o.__dict__ = {"y": 2}
    print(" ", o.y, hasattr(o, "x"), o.__dict__)
    try:
        r = weakref.ref(o)
        print("  weak ok", r() is o)
    except TypeError as e:
        print("  TypeError:", e)
    for bad in (None, 5):
        try:
            if bad is None:
                del o.__dict__
            else:
                o.__dict__ = bad
        except TypeError as e:
            print("  TypeError:", e)

l = L()
print(L.__dict__["__dict__"].__get__(l), L.__dict__["__weakref__"].__get__(l))
r = weakref.ref(l)
print(l.__weakref__ is r)
try:
    L.__dict__["__dict__"].__get__([])
except TypeError as e:
    print("TypeError:", e)


class Sl(list):
    __slots__ = ("a",)


class Sd(list):
    __slots__ = ("__dict__",)


print(list(Sl.__dict__), list(Sd.__dict__))
