# Which built-in types accept subclasses: every one that CPython's does
# (super, bool, range, slice, memoryview... are checked for the refusal's
# message), and a subclass instance of each accepted type is made.
import builtins
import collections

accepted = ["int", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict",
            "set", "frozenset", "object", "type", "Exception", "property", "staticmethod",
            "classmethod", "enumerate", "zip", "map", "filter", "reversed"]
refused = ["bool", "range", "slice", "memoryview"]
for name in accepted + refused:
    base = getattr(builtins, name)
    try:
        sub = type("Sub" + name.title(), (base,), {})
        print(name, "ok", sub.__mro__[1].__name__)
    except TypeError as e:
        print(name, "TypeError", e)
for base in [collections.OrderedDict, collections.defaultdict, collections.deque,
             collections.Counter]:
    sub = type("Sub", (base,), {"extra": 1})
    print(base.__name__, "ok", sub().extra)

samples = {"int": (5,), "float": (1.5,), "complex": (1, 2), "str": ("s",), "bytes": (b"b",),
           "bytearray": (b"ba",), "list": ([1],), "tuple": ((1,),), "dict": ({1: 2},),
           "set": ({1},), "frozenset": ({2},), "enumerate": ("ab",), "zip": ("ab", "cd"),
           "map": (str, [1, 2]), "filter": (None, [0, 1, 2]), "reversed": ([1, 2, 3],)}
for name, args in samples.items():
    sub = type("My" + name.title(), (getattr(builtins, name),), {})
    obj = sub(*args)
    obj.note = name
    value = list(obj) if name in ("enumerate", "zip", "map", "filter", "reversed") else obj
    print(name, type(obj).__name__, obj.note, value)
