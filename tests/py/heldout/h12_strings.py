# Held-out: string methods, slicing, unicode, sorting text.
s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" .")), s.count("Hello"), s.find("World"), s.rfind("Hello"))
print(s.split(), s.split(",", 1), s.rsplit(" ", 2), "a,b,,c".split(","), "".split(), "x".split("x"))
print(s.replace("Hello", "Bye", 1), s.upper(), s.lower(), s.title(), s.swapcase().strip())
print("hello world".capitalize(), "ß".upper(), "ǅ".lower(), "İ".lower().encode(), "ﬁ".upper())
print("-".join(["a", "b", "c"]), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("a\tb\tc".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abcabc".index("c", 3), "abc".partition("b"), "abc".rpartition("z"))
print("Python"[::-1], "Python"[1:4], "Python"[-3:], "Python"[::2], "Python"[10:], "Python"[-100:2])
print("123".isdigit(), "abc".isalpha(), "a1".isalnum(), " ".isspace(), "Title Case".istitle(), "UP".isupper(), "x".islower())
print("½".isnumeric(), "½".isdigit(), "٣".isdecimal(), "abc_1".isidentifier(), "1abc".isidentifier(), "\x07".isprintable())
print(ord("€"), chr(8364), "€".encode("utf-8"), b"\xe2\x82\xac".decode(), len("😀"), "😀".encode("utf-16-le"))
print("%s has %d chars" % ("naïve", len("naïve")), ascii("naïve"), repr("tab\there"), repr("q'uote"), repr('d"q\'s'))
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())), max(words, key=len), min(words))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" * 3, "=" * 10, "a" in "cat", "at" not in "cat")
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "CamelCaseString".casefold())
tbl = {ord("a"): "A", ord("b"): None}
print("abcab".translate(tbl), "x".join("abc"), "ab".join([]), ", ".join(map(str, range(5))))
print(" a b ".split(" "), "a  b".split(" "), "1-2-3".split("-", maxsplit=1), "  x  y ".rsplit(None, 1))
print(f"{'nested ' + str(3)!r}", "%-8s|" % "pad", "%08.3f" % -3.14159, "{:^9}".format("mid"))
text = "one two three two one two"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print("Straße".casefold() == "strasse", "ΣΑΣ".lower(), "ǳ".title(), "hello world".title())
print(list("héllo".encode("latin-1")), "caf\u00e9" == "café", "e\u0301" == "é", len("e\u0301"))
print("a,b;c d".replace(",", " ").replace(";", " ").split(), str(12).rjust(4, "0"))
print("%c%c" % (72, "i"), "%.3s" % "abcdef", "%5.1s|" % "xyz", "%i" % 3.9, "%x" % 255, "%#o" % 8)
print("abc".encode("ascii", "strict"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("latin-1"), b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
