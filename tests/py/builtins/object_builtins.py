# getattr/hasattr/setattr/delattr, callable, isinstance/issubclass tuples, id, vars, dir, type.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    cls_attr = 1
    def method(self):
        return "m"
class B(A):
    pass
o = B()
setattr(o, "x", 5)
print(getattr(o, "x"), getattr(o, "y", "dflt"), getattr(o, "cls_attr"), hasattr(o, "x"), hasattr(o, "nope"))
delattr(o, "x")
print(hasattr(o, "x"), getattr(o, "method")())
t(lambda: getattr(o, "missing"))
t(lambda: getattr(o, 5))
t(lambda: delattr(o, "missing"))
t(lambda: setattr(5, "x", 1))
t(lambda: getattr(5, "real"))
t(lambda: getattr(5, "nope"))
t(lambda: hasattr(5, 1))
t(lambda: getattr("s", "upper")())
print(callable(len), callable(A), callable(o), callable(o.method), callable(5), callable(lambda: 0), callable("s"))
print(isinstance(o, A), isinstance(o, (int, A)), isinstance(5, (str, (list, int))), isinstance(True, int))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(B, object))
t(lambda: isinstance(5, 5))
t(lambda: issubclass(5, int))
a, b = A(), A()
print(id(a) == id(a), id(a) != id(b), isinstance(id(a), int))
v = A()
v.p = 1
v.q = 2
print(vars(v), vars(A)["cls_attr"], "method" in vars(A))
t(lambda: vars(5))
print(sorted(k for k in dir(v) if not k.startswith("__")))
print([k for k in dir([]) if not k.startswith("_")])
print([k for k in dir("") if not k.startswith("_")])
print([k for k in dir({}) if not k.startswith("_")])
print(type(5), type("s"), type(None), type(type), type(A), type(o).__name__)
print(type(o) is B, type(len).__name__, type(A.method).__name__, type(o.method).__name__)
print(repr(None), repr(...), repr(NotImplemented), str(len), repr(int), repr(A)[:16])
print(ascii("é\n'"), repr("é\n'"), ascii([1, "ü"]), ascii(b"\xff"))
print(len("abc"), len([1]), len({1: 2}), len(range(0, 10, 3)), len(b"ab"), len(frozenset()))
t(lambda: len(5))
t(lambda: len())
class L:
    def __len__(self):
        return -1
t(lambda: len(L()))
print(all([]), any([]), all([1, 0]), any([0, "", 1]), all(x > 0 for x in [1, 2]), any(iter([None])))
t(lambda: all(5))
print(format(12, "x"), format("a", "^3"), format(3.5), format(None), repr(format))
g = globals()
print(type(g).__name__, "__name__" in g, g["__name__"])
print(isinstance(locals(), dict))
