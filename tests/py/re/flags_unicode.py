# Flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, LOCALE) and Unicode
# classes on non-ASCII text; bytes patterns.
import sys
sys.path.append("/usr/lib/python3.11")
import re

print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"[a-c]+", "ABCabcXYZ", re.I), re.findall(r"[^a-c]+", "ABCabcXYZ", re.I))
print(re.findall(r"straße", "STRASSE Straße STRAẞE", re.I))
print(re.findall(r"σ", "Σσς", re.I), re.findall(r"[σ]", "Σσς", re.I), re.findall(r"k", "Kk\u212a", re.I))
print(re.findall(r"[k-m]", "K\u212aL", re.I), re.findall(r"\u212a", "kK", re.I))
print(re.findall(r"é", "ÉéE", re.I), re.findall(r"(?i)ǆ", "ǄǅǆDž"))
print(re.findall(r"(?i)i", "Iıİi"), re.findall(r"(?ia)k", "Kk\u212a"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo\nthree", re.M))
print(re.findall(r"^\w+", "one\ntwo"), re.findall(r"a.b", "a\nb a-b", re.S), re.findall(r"a.b", "a\nb a-b"))
verbose = re.compile(r"""
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
""", re.X)
print(verbose.findall("555-1234 555 6789 5551111"))
print(re.findall(r"\w+", "naïve café über straße 東京 ٣٤"))
print(re.findall(r"\w+", "naïve café über", re.A), re.findall(r"(?a)\w+", "naïve"))
print(re.findall(r"\d+", "12 ٣٤ ５６ ²"), re.findall(r"\d+", "12 ٣٤ ５６", re.A))
print(re.findall(r"\s+", "a\u00a0b\u2003c\td\u3000e"), re.findall(r"\s", "a\u00a0b", re.A))
print(re.findall(r"\W+", "a, b; ċ!"), re.findall(r"\D+", "a1٣b"), re.findall(r"\S+", "x\u2003y"))
print(re.findall(r"\bé\w*", "été éte"), re.findall(r"\b\w", "über alles"))
print(re.findall(r"[^\W\d_]+", "abc_123déf"), re.findall(r"[\w-]+", "foo-bar baz"))
print(re.findall(r"[α-ω]+", "αβγ ΑΒΓ"), re.findall(r"[α-ω]+", "αβγ ΑΒΓ", re.I))
print(re.findall(r"[\u4e00-\u9fff]+", "中文 text 日本"), re.findall("[😀-🙏]", "hi 😀 🙂"))
print(re.findall(r".", "a😀b"), re.search(r"😀+", "xx😀😀y").span())
print(re.findall(r"(?u)\w+", "ü"), re.compile(r"\w", re.U).flags, re.compile(r"\w").flags)
print(re.compile(r"\w", re.A).flags, re.compile(b"\\w").flags, re.compile(r"(?x) a b ").pattern)

# bytes
print(re.findall(rb"\w+", b"hello world \xe9t\xe9"), re.findall(rb"\d+", b"a12b345"))
print(re.match(rb"(\w+)@(\w+)\.com", b"joe@example.com").groups())
print(re.sub(rb"o", b"0", b"foo boo"), re.split(rb",\s*", b"a, b,c"))
print(re.findall(rb"[a-z]+", b"ABC def", re.I), re.findall(rb"(?i)\xe9", b"\xc9\xe9"))
print(re.findall(rb"(?L)\w+", b"caf\xe9 ok"), re.findall(rb"(?iL)[a-c]", b"ABCabc"))
print(re.search(rb"\bb", b"a b"), re.fullmatch(rb".*", b"x\ny"), re.fullmatch(rb"(?s).*", b"x\ny"))
print(re.findall(rb"x", bytearray(b"xax")), re.match(rb"a(b)", memoryview(b"abc")).group(1))
print(re.search(b"b", bytearray(b"abc")), re.sub(b"b", b"X", bytearray(b"abc")))
print(re.findall(r"(?i)[^a]", "aAbB"), re.findall(r"(?i)[a\d]", "A1b"))
for text in ["ÀÉÎÕÜ", "àéîõü", "ǅ", "ﬁ", "İ"]:
    print(text, [bool(re.fullmatch(c, c.lower(), re.I)) for c in text],
          [bool(re.fullmatch(c.lower(), c, re.I)) for c in text])
print(re.fullmatch(r"[^\s\S]", "a"), re.fullmatch(r"[\s\S]", "a"), re.fullmatch(r"[^\d\D]", "1"))
print(re.findall(r"\x41\u0042\U00000043", "ABC"))
print(re.findall(r"[\x00-\x1f]", "a\tb\nc"), re.findall(r"\0", "a\0b"), re.findall(r"[\]\-\\]", "]-\\x"))
