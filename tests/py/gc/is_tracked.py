# gc.is_tracked after collections: atoms and built-in types are never
# tracked; tuples and dicts holding only atoms (and untracked tuples) are
# untracked; containers, instances, functions and user classes are tracked.
import gc
import sys


class C:
    pass


def f():
    pass


def check(label, v):
    gc.collect()
    gc.collect()
    print(label, gc.is_tracked(v))


x, y, z = 1.5, "a", []
values = [
    ("int", 1), ("big", 10**30), ("float", 1.5), ("str", "s"), ("bytes", b"b"),
    ("None", None), ("True", True), ("complex", 1j), ("range", range(3)),
    ("range_iter", iter(range(3))), ("object", object()), ("int type", int),
    ("code", f.__code__), ("bytearray", bytearray()), ("Ellipsis", ...),
    ("empty tuple", ()), ("tuple atoms", (1, 2, "a")),
    ("nested", (1, 2, (None, True, False, ()), int)), ("obj tuple", (object(),)),
    ("dyn", ((1, x), y, (2, 3))), ("list in tuple", ([],)), ("dict in tuple", ({},)),
    ("set in tuple", (set(),)), ("mixed", (x, y, z)), ("list", []), ("empty dict", {}),
    ("dict atoms", {1: 2, "a": 1.5}), ("dict list", {1: []}), ("dict tuple", {"a": (1,)}),
    ("dict dict", {1: {}}), ("instance", C()), ("class", C), ("function", f),
    ("set", set()), ("frozenset", frozenset()), ("slice", slice(1, 2)),
    ("module", sys), ("builtin", len), ("exception", ValueError()),
    ("generator", (i for i in [])), ("list iter", iter([])), ("method", C().__init__),
    ("tuple of tuples", tuple(tuple([o]) for o in [1, x, y])),
    ("tuple of list", tuple([o] for o in [1, x, y])),
]
for label, v in values:
    check(label, v)
d = {}
check("fresh dict", d)
d[1] = []
print("after insert", gc.is_tracked(d))
print(gc.garbage)
