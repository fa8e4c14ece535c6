# The byte-per-code-point fast paths of str building, formatting, replace,
# split and stepped slicing, with non-ASCII (Latin-1, BMP, astral) text on
# every path, empty strings and the number formatting edge cases.

latin = "caf\xe9"
bmp = "\u03a3\u03b9\u03c3"
astral = "\U0001f600x"
samples = ["", "a", "ab", "hello world", latin, bmp, astral, "x" * 40]

# % formatting: literal runs, tuples, dicts, widths, flags, non-ASCII text.
for s in samples:
    print(repr("[%s]" % s), repr("%-8s|%8s" % (s, s)), repr("%.2s" % (s,)))
    print(repr("\xe9%s\xe9" % s), repr("\u20ac %r \u20ac" % s), repr("%a" % s))
print("%(a)s-%(b)5d-%(c)x" % {"a": latin, "b": -42, "c": 255})
for v in [0, 7, -7, 255, -255, 2**40, -(2**70), True]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%o|%.3d|%+08.3d" %
          (v, v, v, v, v, v, v, v, v, v, v, v, v))
for x in [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, float("inf"), float("-inf"), float("nan"),
          123456.789]:
    print("%f|%.2f|%10.3e|%-12g|%+G|%#.0f|%08.2f|% .1f|%.120f" % (x, x, x, x, x, x, x, x, x))
print("%c%c%c" % (65, 0xe9, 0x1f600), "%5c|%-5c|" % ("\u03a3", "z"))
print("100%% %s" % "done", "%s" % ((1, 2),), "%s %s" % (latin, bmp))
print(b"%s-%d-%x-%c" % (b"ab", 5, 255, 65))

# str.format literal runs and fields.
for s in samples:
    print("{0}|{0!r}|{0:>9}|{0:*^9}|{0:.2}".format(s))
    print("\xe9{}\u20ac{{}}{}".format(s, len(s)))
    print("{:\u20ac<7}|{:\U0001f600>6}".format(s[:3], s[:2]))
print("{a[0]}{b.real}{0:{1}}".format(5, "03", a=[latin], b=2))

# Format specs: fill, align, sign, grouping, precision, z, '#', 'c'.
for v in [0, 1, -1, 1234567, -1234567, 2**64]:
    print(f"{v:,}|{v:_}|{v:>12,}|{v:=+14_}|{v:012,}|{v:^+11}|{v:#x}|{v:#_b}|{v: d}|{v:x<8}")
    print(format(v, "\u20ac>10"), format(v, "\U0001f600^12,"), format(abs(v) % 0x110000, "c"))
for x in [0.0, -0.0, 1.5, -1234.5678, 1e16, 1e-7, float("inf"), float("-inf"), float("nan")]:
    print(f"{x}|{x:.3}|{x:10.4f}|{x:+.2e}|{x:,.2f}|{x:_g}|{x:%}|{x:z.1f}|{x:#g}|{x:\xe9^12.3}")
    print(repr(x), str(x), format(x, ""), format(x, "08.2f"), format(complex(x, -x), ">30"))
print(f"{'abc':^7}|{'abc':>2}|{latin:~^9}|{bmp:<5}|{astral:>4}|{'':*>3}")

# replace / split / slicing on each kind.
for s in samples + ["a b  c\u2003d\xa0e\x85f", " \t\n", "\u3000x\u3000"]:
    print(repr(s.replace("a", "\xe9")), repr(s.replace("o", "")), repr(s.replace("\xe9", "e")))
    print(repr(s.replace("", "-")), repr(s.replace("x", "\U0001f600", 1)))
    print(s.split(), s.split(None, 1), repr(s[::-1]), repr(s[::2]), repr(s[1::3]), repr(s[5:0:1]))
    print([c.isascii() for c in (s[::-1], s[::2])])
print(("\xe9" + "ab")[1::1].isascii(), ("\xe9ab")[::-1][:2].isascii(), "\xe9ab"[1:].isascii())
print(" ".join(["\xe9", "a", "\u03a3"]), "-".join(["a", "b"]).isascii(), "".join(["\xe9", "a"]))

# join of lists, tuples, subclasses and iterators.
class L(list):
    pass
print("-".join(["a", "b", "\xe9"]), "".join(("x", "y")), ",".join(L(["p", "q"])), "+".join(iter(["1", "2"])))
print(repr("".join([])), repr("ab".join(())), "".join(["solo"]), "".join(("\u03a3",)))
for bad in (["a", 1], ("a", None), L(["a", 2.5])):
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
try:
    "".join(5)
except TypeError as e:
    print(e)
print("".join({"k": 1, "j": 2}), " ".join(x for x in "abc"))

# One-character replace and count on each kind, with counts and bounds.
for s in ["", "a", "banana", "caf\xe9 \xe9t\xe9", "\xe9", "x\u03a3x\u03a3", "\U0001f600aa"]:
    print(repr(s.replace("a", "o")), repr(s.replace("a", "\xff")), repr(s.replace("\xe9", "e")),
          repr(s.replace("a", "o", 1)), repr(s.replace("a", "o", 0)), repr(s.replace("a", "o", -1)),
          repr(s.replace("\u03a3", "s")), repr(s.replace("x", "\u03a3")))
    print([t.isascii() for t in (s.replace("\xe9", "e"), s.replace("a", "\xe9"))],
          s.count("a"), s.count("a", 2), s.count("a", -3, -1), s.count("a", 5, 2), s.count("\xe9"),
          s.count("\u03a3"), s.count(""), s.count("an"))
class S(str):
    pass
print([type(S(t).replace(o, n)).__name__ for t in ("abc", "", "a", "\u03a3\u03a3") for o, n in (("z", "y"), ("a", "y"), ("ab", "q"), ("\u03a3", "s"))])

# ASCII case mapping at the letter-range edges, and whitespace splitting.
edge = "".join(chr(c) for c in range(0x20, 0x7F))
print(edge.upper(), edge.lower(), edge.capitalize(), "@az[`AZ{".capitalize(), "".upper() == "")
print("a\x1cb\x1dc\x1ed\x1fe\x0bf\x0cg\x85h\xa0i!j".split(), "x\x1f\x20y\x21".split())
