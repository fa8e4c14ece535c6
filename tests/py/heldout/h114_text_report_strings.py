# Text processing with str methods: partition, splitlines, translate, casefold, center, expandtabs, textwrap.
import textwrap
import string

raw = """Title:\tQuarterly Review
Author:  J. Smith\t
Date: 2023-04-01

  The quarter went WELL overall.  Revenue grew; costs did not!
Some numbers:\t12\t345\t6789
\tIndented with a tab.
Ünïcödé line: Straße, ǅemal, ΣΊΣΥΦΟΣ.
"""

lines = raw.splitlines()
print(len(lines), lines[:3])
header = {}
for line in lines:
    key, sep, value = line.partition(":")
    if sep and key and " " not in key.strip():
        header[key.strip().lower()] = value.strip()
print(header)

body = [l for l in lines[4:] if l.strip()]
for l in body:
    print(repr(l.expandtabs(4)), repr(l.expandtabs()))

table = str.maketrans({"!": ".", ";": ",", "\t": " "}, )
strip_punct = str.maketrans("", "", string.punctuation)
for l in body:
    print(l.translate(table).strip(), "|", l.translate(strip_punct).split())

words = " ".join(body).split()
print(sorted({w.casefold().strip(string.punctuation) for w in words if w.isalpha() or w[:-1].isalpha()}))
print([w for w in words if w.istitle()], [w for w in words if w.isupper()])
print("Straße".upper(), "Straße".casefold(), "ǅemal".swapcase(), "ΣΊΣΥΦΟΣ".lower(), "ǅ".istitle())

print(header["title"].center(30, "*"))
print(header["author"].ljust(20, ".") + "|" + header["date"].rjust(14, "_"))
print("42".zfill(6), "-42".zfill(6), "+4".zfill(4), "abc".zfill(5))

para = " ".join(body) * 2
for w in (30, 45):
    wrapped = textwrap.fill(para, width=w, initial_indent="> ", subsequent_indent="  ")
    print(wrapped)
    print("-" * w)
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.dedent("""
    def f():
        return 1
    """))
print(textwrap.indent("a\nb\n\nc", "+ "))

print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  x  y ".split(), "x".split("x"))
print("hello world".title(), "hello_world-foo bar".capitalize(), "ABC".isascii(), "١٢٣".isdigit(), "١٢٣".isdecimal(), "½".isnumeric())
print("prefix-body-suffix".removeprefix("prefix-").removesuffix("-suffix"))
print("tic-tac-toe".replace("-", " ", 1), "banana".count("an"), "banana".rfind("an"), "banana".index("n", 3))
print("%-8s|%8.3f|%+05d|%x|%o|%e|%%" % ("name", 3.14159, 42, 255, 8, 12345.678))
print("{:^10}|{:>+8.2f}|{:#b}|{:,}|{:_x}".format("mid", 2.5, 5, 1234567, 0xDEADBEEF))
