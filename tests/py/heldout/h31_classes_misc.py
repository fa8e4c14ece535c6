# Held-out: nested class qualnames, lambdas, decorators with arguments, property(), __call__, getattr/setattr, copy, number formatting and conversions.
class A:
    x = 1
    def __init_subclass__(cls, **kw):
        cls.sub = True
    class Inner:
        def who(self):
            return type(self).__qualname__
print(A.Inner().who(), A.Inner.__qualname__, A.Inner.who.__qualname__)
def outer():
    class Local:
        def m(self): pass
    return Local
L = outer()
print(L.__qualname__, L.m.__qualname__, repr(L)[:30])
print([c for c in "ab" for _ in range(2)], {k: v for k, v in zip("ab", range(2))})
g = (lambda: (yield 1))()
print(next(g))
fn = lambda *a, **k: (a, k)
print(fn(1, x=2), fn.__name__, (lambda: 0).__qualname__)
def deco_with_args(n):
    def deco(f):
        def w(*a):
            return f(*a) * n
        return w
    return deco
@deco_with_args(3)
def h(x): return x + 1
print(h(1), h.__name__)
class P:
    def __init__(self): self._v = 0
    v = property(lambda self: self._v, lambda self, val: setattr(self, "_v", val * 2), doc="the v")
p = P(); p.v = 5; print(p.v, P.v.__doc__)
class Cnt:
    def __init__(self): self.n = 0
    def __call__(self, *a): self.n += 1; return self.n
c = Cnt(); c(); c(); print(c.n, callable(c), callable(5))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
print(getattr(A, "x"), hasattr(A, "y"), setattr(A, "y", 3), A.y, delattr(A, "y"), hasattr(A, "y"))
print(vars(A).get("x"), "x" in dir(A), type(A.__dict__).__name__)
nums = [5, 3, 8]
nums.sort(reverse=True); print(nums, nums.copy(), nums * 2, nums[::-1])
t = (1, [2, 3])
t[1].append(4); print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(e, t)
a = b = []
a += [1]; print(b)
s = "x"; s += "y"; print(s)
print(1 if [] else 2, not None, [] or "default", 0 and 1, None is None, 1 == 1.0, 1 != None)
print(isinstance(True, int), type(True) is bool, True + True, int(True), str(False), bool("False"))
import copy
o = {"a": [1, {"b": 2}]}
d = copy.deepcopy(o); d["a"][1]["b"] = 99; print(o, d)
sh = copy.copy(o); sh["a"].append(3); print(o)
print(max([], default=None), min("hello"), sum([0.1] * 3), abs(-0.0), divmod(-1, 3), pow(2, 100, 7))
print(list(map(lambda p: p ** 2, filter(lambda q: q % 2, range(10)))))
print(any(map(str.isdigit, "ab1")), "".join(reversed("abc")), "abc"[::-1] == "cba")
print(int.from_bytes(b"\x00\x01", "big"), (1).to_bytes(2, "big"), ord("a"), chr(97), hex(255), bin(5), oct(8))
print(id(None) == id(None), hash(None) == hash(None), type(NotImplemented).__name__, type(...).__name__, Ellipsis)
print(format(1e-7, ".3e"), format(123.456, "e"), format(0.1, ".30f"), repr(1.1 * 3), 2.0 ** 0.5, 10 ** -3)
