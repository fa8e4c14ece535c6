# Unicode text processing: case mapping, predicates, normalisation-free
# counting, str methods, translate, casefold.
from collections import Counter

TEXT = ("Straße in Zürich — ÉCOLE élémentaire. İstanbul’da ǅemal; "
        "ΣΊΣΥΦΟΣ rolls the stone. ﬁnal ﬂow! Ⅻ o'clock: ½ price, ２３ items.")

print(TEXT.upper())
print(TEXT.lower())
print(TEXT.casefold())
print(TEXT.title())
print(TEXT.swapcase())
print("ǅemal".capitalize(), "ǆ".upper(), "ǆ".title(), "ß".upper(), "ΣΑΣ".lower())
words = TEXT.split()
print(len(words), [w for w in words if w.isupper()], [w for w in words if w.istitle()])
for ch in "aÉ٣²½Ⅻ２ ‿_\t":
    print(repr(ch), ch.isalpha(), ch.isdigit(), ch.isdecimal(), ch.isnumeric(),
          ch.isalnum(), ch.isspace(), ch.isidentifier(), ch.isprintable())
print("٣٤".isdigit(), int("٣٤"), int("２３"), float("١.٥"))
letters = Counter(c for c in TEXT.casefold() if c.isalpha())
print(letters.most_common(6))
print(sorted(set("Zürich Straße"), key=ord))
table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}, )
print("Größe über Maß".translate(table))
print("hello world".translate(str.maketrans("lo", "01", "h")))
print("  \u2003tabs\there\u00a0 ".strip(), "|" + "xxhixx".strip("x") + "|", "a,b,,c".split(","))
print("one  two\tthree\nfour".split(), "a-b-c-d".rsplit("-", 2), "k=v=w".partition("="))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\ny\n".splitlines(True))
print("abc".center(10, "é"), "ab".zfill(5), "Ω".encode("utf-8"), "€".encode("utf-16-le"))
print("straße".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "xmlcharrefreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"ab\xff".decode("utf-8", "replace"))
print("ﬁ".upper(), len("ﬁ".upper()), "İ".lower(), len("İ".lower()))
print("hello".find("l"), "hello".rfind("l"), "hello".index("lo"), "hello".count("l"), "aaaa".count("aa"))
print("MiXeD".isupper(), "123abc".isalnum(), "".isalpha(), " ".isspace(), "Σ".isupper())
print("{:^9}|{:*<7}|{:>5.2}".format("ü", "ß", "élan"), ascii("ünï"), repr("\x07\u200b"))
print("%s" % "é" * 3, "é" in TEXT, TEXT.startswith(("Str", "X")), TEXT.endswith("items."))
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zebra", "ähnlich"]))
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zebra"], key=str.casefold))
print("-".join(reversed("añb")), "abc"[::-1], "ab" * 0, max("zéa"), min("zéa"))
print(chr(0x10348), ord("𐍈"), len("𐍈"), "𐍈".encode("utf-8"), "a𐍈b"[1])
print("tab\tstop".expandtabs(4), "x".join("123"), "Hello World".removeprefix("Hello ").removesuffix("ld"))


def slugify(s):
    out = []
    for ch in s.casefold():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def wrap_words(words, width):
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines


for title in ["Straße in Zürich!", "  ΣΊΣΥΦΟΣ -- rolls  ", "½ price, ２３ items", "ǅemal's Café"]:
    print(repr(slugify(title)))
for ln in wrap_words(TEXT.split(), 22):
    print(f"|{ln:<22}|{len(ln):3d}|{ln.encode('utf-8').__len__():3d}")
vowels = set("aeiouyäöüéèàıi")
print({w: sum(ch in vowels for ch in w.casefold()) for w in ["Zürich", "élémentaire", "İstanbul", "Straße"]})
print(sorted(TEXT.split(), key=lambda w: (-len(w), w))[:4])
print("Ünïcödé".isascii(), "plain".isascii(), "x".join(sorted("Ωαβ")), "ŉ".upper(), "ﬃ".title())
