# Held-out: a text report: textwrap, string methods with Unicode, alignment, str.translate.
import textwrap
import string

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "Ünïcödé wörds like naïve café and Straße also appear here, as does ΣΊΣΥΦΟΣ.")
print(textwrap.fill(text, width=36))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.dedent("""
    def f():
        return 1
"""))
for line in textwrap.wrap(text, 28, initial_indent="* ", subsequent_indent="  ")[:4]:
    print(f"|{line:<30}|")

words = text.split()
print(len(words), max(words, key=len), sorted(set(w.strip(".,!").lower() for w in words))[:6])
print("Straße".upper(), "Straße".lower(), "Straße".casefold(), "ΣΊΣΥΦΟΣ".lower(), "ǆ".title(), "ß".swapcase())
print("naïve café".title(), "hello world".capitalize(), "MiXeD".swapcase(), "ﬁne".upper())
print("  pad  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "k=v=w".split("=", 1))
print("line1\nline2\r\nline3".splitlines(), "line1\n".splitlines(keepends=True), "abc".center(9, "*"))
print("42".zfill(5), "-42".zfill(5), "ab".ljust(4, "."), "ab".rjust(4), "tab\there".expandtabs(4))
print("hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"), "hello".replace("l", "L", 1))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc"[::-1], "a-b-c".rsplit("-", 1), "x".join("123"))
print("123".isdigit(), "½".isnumeric(), "½".isdigit(), "abc".isalpha(), "ǅ".istitle(), " ".isspace(), "a1".isalnum(), "é".isascii())
print("hello world".partition(" "), "no-sep".rpartition(" "), "%".isprintable(), "\t".isprintable(), "Σ".isupper())
table = str.maketrans({"a": "4", "e": "3", "o": None}, )
print("a leet phrase to code".translate(table), "abc".translate(str.maketrans("abc", "xyz")))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:8], string.capwords("the  end of  it"))
tmpl = string.Template("$who likes ${what}s; cost $$${price}")
print(tmpl.substitute(who="Tim", what="kiwi", price="2"), tmpl.safe_substitute(who="Al"))
print(sorted(["banana", "Apple", "cherry", "apple", "Éclair"], key=str.lower), sorted("Hello World"))
print(len("🎉party"), "🎉party"[0], "日本語".encode("utf-8"), b"\xe6\x97\xa5".decode(), "ab".encode("utf-16-le"))
print(ord("€"), chr(0x1F600), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(str(b"bytes"), repr("quote'n\"dq"), "{!r}".format("é"), ascii("é"), "x".encode("ascii", "replace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
widths = {"name": 12, "qty": 5, "price": 9}
rows = [("Crème brûlée", 3, 4.5), ("Tea", 12, 1.25), ("Überraschung", 1, 10.0)]
header = "".join(f"{k.upper():^{w}}" for k, w in widths.items())
print(header, "=" * len(header), sep="\n")
for name, qty, price in rows:
    print(f"{name:<12}{qty:>5}{price:>9.2f}")
print(f"{'Total':<12}{sum(r[1] for r in rows):>5}{sum(r[1] * r[2] for r in rows):>9.2f}", end="\n\n")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(*range(5), sep=",")
print()
