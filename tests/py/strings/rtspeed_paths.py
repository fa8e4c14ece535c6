# Fast paths of the runtime speed work: ASCII predicate table, whitespace
# split of one-byte strs, str(x) without the argument parser, int and float
# repr written straight into the str, and the JIT's residual str compare,
# `in` and indexing (the loops run long enough to be compiled).

# Predicates: ASCII, Latin-1 non-ASCII, wider strs, empty.
samples = ["", "a", "Z", "0", "9", " ", "\t", "\x1c", "\x1f", "\x0b", "_", "abc", "ab1",
           "123", "12a", "  \n", "\x85", "\xa0", "\xe9", "\xb2", "\xbd", "caf\xe9",
           "x\xa0", "\u0660\u0661", "\u2003", "\u00b2\u00b3", "\u2160", "\u4e00",
           "abc\u4e00", "\U0001d7d8", "a b", "A1_", "\x7f", "\x80"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(),
          s.isspace())
for c in range(0x100):
    ch = chr(c)
    print(c, ch.isalpha(), ch.isdigit(), ch.isnumeric(), ch.isalnum(), ch.isspace(),
          ch.isdecimal(), end="|")
print()

# split() on one-byte strs (ASCII and Latin-1 whitespace), identity of a
# one-word result.
for s in ["", " ", "a", " a ", "a b  c", "\ta\nb\x0bc\x0cd\re\x1cf\x1dg\x1eh\x1fi",
          "x\x85y\xa0z", "caf\xe9 na\xefve", "  lead", "trail  ", "one"]:
    print(repr(s), s.split(), s.split(None), s.split(maxsplit=1), s.rsplit())
w = "single" * 3
print(w.split()[0] is w, w.split() == [w])
class S(str):
    pass
sw = S("sub word")
print(sw.split(), [type(x).__name__ for x in sw.split()])
one = S("one")
print(type(one.split()[0]).__name__, one.split()[0] is one)
big = " ".join(str(i) for i in range(5000))
parts = big.split()
print(len(parts), parts[:3], parts[-2:])

# str(x), repr of ints and floats.
class Z(str):
    pass
for v in [0, 7, -7, 10, 2**62 - 1, -2**62, 2**62, -2**63, 2**100, True, False, None, 1.5, "s",
          Z("zz"), b"b", (1, "a"), [1.0]]:
    print(str(v), repr(v), type(str(v)).__name__)
print(str(object="kw"), str(b"abc", "ascii"), str())
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    str(1, foo=2)
except TypeError as e:
    print("TypeError", e)
for v in [0.0, -0.0, 1e-4, 0.0001, 9.999e-5, 1e16, 9999999999999998.0, 1e15, 123.456, -0.5,
          1 / 3, 2 / 3 * 1e10, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"),
          float("nan"), 100.0, -100.0, 0.1 + 0.2, 123456789012345.6]:
    print(repr(v), str(v), f"{v}", "%r" % v)
print([repr(i * 0.37) for i in range(0, 400, 37)])
print(str(5) is str(5), repr(12) == "12")

# Residual fast paths inside compiled loops.
def loop():
    src = "(x + 12) * y_1 - 7 % zeta"
    total = 0
    kinds = []
    for i in range(300):
        for j in range(len(src)):
            ch = src[j]
            neg = src[-1 - j]
            if ch in ("+", "-"):
                total += 1
            if ch == "x" or ch != " " and ch < "a":
                total += 2
            if ch >= "z" or ch <= "(":
                total += 3
            if ch.isdigit() or ch.isalpha() or neg.isspace():
                total += 5
            if ch in "xyz":
                total += 7
            if "1" in (ch, 1, None):
                total += 11
        kinds.append(total)
    return total, kinds[-1], src[99 % len(src)]
print(loop())

def loop_errors():
    out = []
    s = "abc"
    for i in range(200):
        try:
            out.append(s[i % 5])
        except IndexError as e:
            out.append(str(e))
        try:
            out.append(s.startswith(i))
        except TypeError as e:
            out.append(type(e).__name__)
        try:
            out.append(1 in s)
        except TypeError as e:
            out.append(str(e))
    return out[-9:], len(out)
print(loop_errors())

def unicode_loop():
    src = "\xe9t\xe9 \u4e00\u4e8c 12 \u0661"
    out = []
    for i in range(200):
        for j in range(len(src)):
            c = src[j]
            out.append((c.isalpha(), c.isdigit(), c.isspace(), c in ("\xe9", "\u4e00"),
                        c == "\u4e8c", c > "z"))
    return out[:len(src)], len(out)
print(unicode_loop())

class Loud(str):
    def __eq__(self, other):
        print("eq", str.__str__(self), other)
        return str.__eq__(self, other)
    __hash__ = str.__hash__

def subclass_loop():
    items = ("a", Loud("b"), "c")
    hits = 0
    for i in range(80):
        if "c" in items:
            hits += 1
        if "a" in items:
            hits += 1
    return hits
print(subclass_loop())

# join: one-byte separators and parts (ASCII, Latin-1), wider parts, str
# subclasses, empty and one-part inputs, one-character results.
class J(str):
    pass
for sep in ["", "-", ", ", "\xe9", "\u4e00"]:
    for parts in [[], ["a"], ["", ""], ["ab", "cd", "ef"], ["caf\xe9", "x"], ["a", "\u4e00b"],
                  [J("sub"), "x"], ("t", "u"), ["\xff"], ["", "z", ""], ["\x80", "y"]]:
        r = sep.join(parts)
        print(repr(sep), repr(r), len(r), r.isascii(), type(r).__name__, hash(r) == hash(str(r)),
              r == "".join(list(r)))
print("".join(["a"]) is "".join(["a"]), "-".join(["\xe9", "\xe9"]).encode("latin-1"))
words = ["w%d" % i for i in range(3000)]
text = " ".join(words)
print(len(text), text[:20], text.split() == words, "\t".join(words[:70]).split() == words[:70])
eq_loop = 0
for i in range(500):
    if "w7" in ("w1", "w7") and "w9" not in ["w1", "w2"]:
        eq_loop += 1
print(eq_loop)
