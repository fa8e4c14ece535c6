# Which objects can be weakly referenced, and the errors for the others.
import gc
import sys
import weakref


class C:
    def m(self):
        pass


class E(Exception):
    pass


def f():
    pass


def g():
    yield 1


cases = [("int", 1), ("str", "s"), ("tuple", ()), ("list", []), ("dict", {}),
         ("float", 1.5), ("bytes", b""), ("None", None), ("bool", True),
         ("object", object()), ("range", range(3)), ("Exception", ValueError()),
         ("set", {1}), ("frozenset", frozenset()), ("function", f),
         ("class", C), ("instance", C()), ("user exception", E()),
         ("generator", g()), ("module", sys), ("code", f.__code__),
         ("builtin", len), ("type", int), ("bound method", C().m)]
for name, obj in cases:
    try:
        r = weakref.ref(obj)
        print(name, "ok", r() is obj)
    except TypeError as e:
        print(name, "TypeError:", e)

try:
    weakref.ref()
except TypeError:
    print("no args: TypeError")
try:
    weakref.ref(C(), None, 3)
except TypeError:
    print("three args: TypeError")

# A None callback is the same as no callback.
c = C()
print(weakref.ref(c, None) is weakref.ref(c))
gc.collect()
