# Assorted builtins: hash/repr/ascii/format/round/sum/min/max/any/all corner cases.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
    def __repr__(self):
        return "F()"

class C:
    def __call__(self):
        return 1

t(lambda: (format(F(), "xyz"), "{:abc}".format(F()), f"{F()!r:>6}", format(F())))
t(lambda: (callable(C()), callable(C), callable(F()), callable(print)))
t(lambda: [round(x, -1) for x in (14.9, 15.0, 25.0, -15.0, 1e300)])
t(lambda: [round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675)])
t(lambda: (round(5, -1), round(15, -1), round(-25, -1), round(2**70 + 5, -1)))
t(lambda: sum([0.1, 0.2, 0.3]) == 0.6)
t(lambda: sum(range(10), -45))
t(lambda: sum([[1], [2]], start=[0]))
t(lambda: sum(x * 1.0 for x in range(5)))
t(lambda: min([3, 1, 2], key=lambda x: -x, default=9))
t(lambda: max("apple", "Banana", "cherry", key=str.lower))
t(lambda: max([], key=len, default="none"))
t(lambda: min((2, "b"), (2, "a"), (1, "z")))
t(lambda: max(iter([5, 7, 3])))
t(lambda: max(1, 2, 3, key=None))
t(lambda: (any(x > 2 for x in range(5)), all(x < 2 for x in range(5)), any([]), all(())))
t(lambda: [abs(v) for v in (-0.0, -5, True, False, -2**65, complex(-3, 4))])
t(lambda: [hex(v) for v in (0, -1, 2**64, -2**64, True)])
t(lambda: [oct(v) for v in (0, 8, -8, 2**40)])
t(lambda: [bin(v) for v in (0, 5, -5, 2**33)])
t(lambda: hex(1.5))
t(lambda: [chr(ord(c) + 1) for c in "HAL"])
t(lambda: (repr(1.0), repr(-0.0), repr(1e-10), repr(123456789.123456789), repr(2**100)))
t(lambda: (ascii("\t\x00é€😀"), ascii(b"\x00"), ascii(["é"]), ascii({"k": "ü"})))
t(lambda: (repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\x7f"), repr("\u200b")))
t(lambda: (hash(True) == hash(1), hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(float("inf"))))
t(lambda: (hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1]))))
t(lambda: isinstance(1, (float, (str, (int,)))))
t(lambda: issubclass(bool, (float, int)))
t(lambda: isinstance(1, (float, 5)))
t(lambda: len(range(-5)))
t(lambda: divmod(-7, 2) + divmod(7, -2) + divmod(-7.5, 2))
t(lambda: pow(-2, -3))
t(lambda: pow(10, -2, 7))
t(lambda: pow(0, 0))
t(lambda: pow(0.0, 0))
t(lambda: next(iter([]), "empty"))
t(lambda: list(zip(*[(1, "a"), (2, "b")])))
t(lambda: list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
t(lambda: sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1], reverse=True))
t(lambda: getattr([], "append").__name__)
t(lambda: type(iter(range(3))).__name__)
t(lambda: int.__name__ + str.__name__ + type(None).__name__)
