# _sre used directly with pattern code that python3.11's re._compiler emits
# (captured below), so the engine and the Pattern/Match/Scanner objects are
# tested without the re package.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(ord("a")), _sre.ascii_iscased(ord("1")), _sre.ascii_iscased(0xE9))
print(_sre.unicode_iscased(0xE9), _sre.unicode_iscased(ord("1")), _sre.unicode_iscased(0x3B1))
print(_sre.ascii_tolower(ord("A")), _sre.ascii_tolower(0xC9), _sre.unicode_tolower(0xC9), _sre.unicode_tolower(0x3A3))

ARGS = [
    ('(\\w+) (\\w+)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1], 2, {}, (None, None, None)),
    ('(?P<year>\\d{4})-(?P<m>\\d\\d)', 32, [14, 4, 0, 7, 7, 17, 0, 24, 9, 4, 4, 13, 4, 8, 10, 0, 1, 17, 1, 16, 45, 17, 2, 13, 4, 8, 10, 0, 13, 4, 8, 10, 0, 17, 3, 1], 2, {'year': 1, 'm': 2}, (None, 'year', 'm')),
    ('a*?b|(c)+', 32, [14, 4, 0, 1, 4294967295, 7, 12, 26, 6, 0, 4294967295, 16, 97, 1, 16, 98, 15, 16, 14, 23, 9, 1, 4294967295, 17, 0, 16, 99, 17, 1, 18, 15, 2, 0, 1], 1, {}, (None, None)),
    ('(?:(a)|b)++', 32, [14, 4, 0, 1, 4294967295, 28, 19, 1, 4294967295, 7, 9, 17, 0, 16, 97, 17, 1, 15, 7, 5, 16, 98, 15, 2, 0, 1, 1], 1, {}, (None, None)),
    ('(?<=\\$)\\d+(?!x)', 32, [14, 4, 0, 1, 4294967295, 4, 5, 1, 16, 36, 1, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 5, 5, 0, 16, 120, 1, 1], 0, {}, (None,)),
    ('(a)(?(1)b|c)\\1', 32, [14, 8, 1, 3, 3, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 12, 0, 6, 16, 98, 15, 3, 16, 99, 11, 0, 1], 1, {}, (None, None)),
    ('hello', 34, [14, 4, 0, 5, 5, 40, 104, 40, 101, 40, 108, 40, 108, 40, 111, 1], 0, {}, (None,)),
    ('^\\w+$', 40, [14, 4, 0, 1, 4294967295, 6, 1, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 6, 6, 1], 0, {}, (None,)),
    (b'\\d+', 0, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 0, 0, 1, 1], 0, {}, (None,)),
    ('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,)),
    ('(?>a+)b|[^\\W\\d]+', 32, [14, 4, 0, 1, 4294967295, 7, 15, 27, 9, 24, 6, 1, 4294967295, 16, 97, 1, 1, 16, 98, 15, 18, 16, 24, 12, 1, 4294967295, 13, 7, 21, 8, 15, 8, 10, 0, 1, 15, 2, 0, 1], 0, {}, (None,)),
    ('(,)|(;)', 32, [14, 4, 0, 1, 1, 7, 9, 17, 0, 16, 44, 17, 1, 15, 11, 9, 17, 2, 16, 59, 17, 3, 15, 2, 0, 1], 2, {}, (None, None, None)),
    ('(?:ab)*?c', 32, [14, 4, 0, 1, 4294967295, 23, 7, 0, 4294967295, 16, 97, 16, 98, 19, 16, 99, 1], 0, {}, (None,)),
    ('[α-ωé]+', 34, [14, 4, 0, 1, 4294967295, 24, 105, 1, 4294967295, 39, 100, 10, 4, 33620224, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 50397441, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 16843009, 0, 0, 0, 0, 0, 2097152, 0, 512, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 4294836224, 6489087, 2293760, 0, 0, 0, 0, 0, 1073741824, 0, 0, 0, 1, 1], 0, {}, (None,)),
    ('(a|ab)(c|bcd)(d*)', 32, [14, 8, 1, 2, 4294967295, 1, 0, 97, 0, 17, 0, 16, 97, 7, 3, 15, 7, 5, 16, 98, 15, 2, 0, 17, 1, 17, 2, 7, 5, 16, 99, 15, 11, 9, 16, 98, 16, 99, 16, 100, 15, 2, 0, 17, 3, 17, 4, 24, 6, 0, 4294967295, 16, 100, 1, 17, 5, 1], 3, {}, (None, None, None, None)),
]
P = {args[0]: _sre.compile(*args) for args in ARGS}


def show(pattern, method, *args):
    try:
        r = getattr(P[pattern], method)(*args)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    if hasattr(r, "span") and hasattr(r, "groups"):
        r = (r.span(), r.groups(), r.lastindex, r.lastgroup, r.groupdict())
    print(pattern, method, [a for a in args if not callable(a)], r)


show(r"(\w+) (\w+)", "match", "hello world again")
show(r"(\w+) (\w+)", "search", "  héllo wörld")
show(r"(\w+) (\w+)", "fullmatch", "a b")
show(r"(\w+) (\w+)", "fullmatch", "a b c")
show(r"(\w+) (\w+)", "findall", "a b c d e")
show(r"(?P<year>\d{4})-(?P<m>\d\d)", "search", "on 2024-03-15")
show(r"(?P<year>\d{4})-(?P<m>\d\d)", "findall", "2024-03 1999-12 x")
show(r"a*?b|(c)+", "findall", "aab ccc b")
show(r"a*?b|(c)+", "split", "xaabyccz")
show(r"(?:(a)|b)++", "match", "ab")
show(r"(?:(a)|b)++", "match", "aab")
show(r"(?<=\$)\d+(?!x)", "findall", "$12 $34x $5")
show(r"(a)(?(1)b|c)\1", "search", "xaba")
show(r"(a)(?(1)b|c)\1", "search", "xabb")
show(r"hello", "findall", "Hello HELLO hello hElLo")
show(r"^\w+$", "findall", "one\ntwo\n three")
show(rb"\d+", "findall", b"a1b22c333")
show(rb"\d+", "findall", "a1")
show(rb"\d+", "sub", b"#", b"a1b22c333")
show(rb"\d+", "subn", lambda m: m.group()[::-1], b"a12b345")
show(r"x*", "sub", "-", "abxd")
show(r"x*", "split", "axbc")
show(r"x*", "findall", "axxb")
show(r"(?>a+)b|[^\W\d]+", "findall", "aab aaa x1y")
show(r"(,)|(;)", "split", "a,b;c")
show(r"(,)|(;)", "split", "a,b;c", 1)
show(r"(?:ab)*?c", "search", "ababc")
show(r"[α-ωé]+", "findall", "ΑΒΓ αβγ É é")
show(r"(a|ab)(c|bcd)(d*)", "match", "abcd")
show(r"(\w+) (\w+)", "sub", "X", "a b c d e", 1)
show(r"(\w+) (\w+)", "sub", lambda m: m.group(2) + m.group(1), "ab cd ef gh")
show(r"(\w+) (\w+)", "sub", lambda m: 5, "ab cd")
show(r"(\w+) (\w+)", "match", b"a b")
show(rb"\d+", "match", b"1")
show(rb"\d+", "match", 1)

p = P[r"(?P<year>\d{4})-(?P<m>\d\d)"]
m = p.search("x 2024-03 y")
print(m, m.group(), m.group(1), m.group("m"), m["year"], m.group(0, 2, "year"), m.span(2), m.start("m"), m.end())
print(m.regs, m.pos, m.endpos, m.string, m.re is p, m.lastindex, m.lastgroup, bool(m))
print(p, p.pattern, p.flags, p.groups, p.groupindex, p == P[r"(?P<year>\d{4})-(?P<m>\d\d)"], p != p)
print(p.search("2024-03", 1), p.search("x2024-03", 0, 6), p.match("2024-03", pos=0, endpos=7).span())
for bad in (3, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
s = P[rb"\d+"].scanner(b"1 22 333")
print(s.search(), s.search(), s.match(), s.search(), s.search())
print([x.span() for x in P[r"x*"].finditer("axxb")], [x.group() for x in P[r"(?:ab)*?c"].finditer("cabcababc")])
big = "ab " * 30000
print(len(P[r"(\w+) (\w+)"].findall(big)), P[r"x*"].sub("", big) == big, len(P[r"(,)|(;)"].split(big)))
print(P[r"a*?b|(c)+"].match("a" * 100000 + "b").end(), P[r"(?:ab)*?c"].match("ab" * 50000 + "c").end())
Pattern = type(P[r"x*"])
Match = type(P[r"x*"].match(""))
print(Pattern[str], Match[bytes], Pattern.__name__, Match.__name__)
