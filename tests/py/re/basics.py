# Pattern and Match objects: match/search/fullmatch, groups, spans, reprs.
import sys
sys.path.append("/usr/lib/python3.11")
import re

p = re.compile(r"(\w+) (\w+)")
m = p.match("hello world again")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2))
print(m[0], m[1], m[2], m.pos, m.endpos, m.string, m.re is p)
print(m.lastindex, m.lastgroup, m.regs)
print(bool(m), p.groups, p.pattern, p.flags, p.groupindex)

m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "on 2024-03-15 ok")
print(m, m.group("year"), m["month"], m.group("day", 1))
print(m.groupdict(), m.span("day"), m.lastgroup, m.lastindex)
print(re.compile(r"(?P<a>x)(?P<b>y)?").groupindex)

print(re.match(r"a(b)?c", "ac").groups(), re.match(r"a(b)?c", "ac").groups("-"))
print(re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(), re.match(r"(?P<x>a)(?P<y>b)?", "a").groupdict(0))
print(re.match(r"a(b)?c", "ac").span(1), re.match(r"a(b)?c", "ac").start(1))
print(re.fullmatch(r"a+", "aaa"), re.fullmatch(r"a+", "aaab"), re.fullmatch(r"a|ab", "ab"))
print(re.compile("o").match("hello", 4), re.compile("o").search("hello", 1, 4))
print(re.compile("^l").search("hello", 2), re.compile("l$").search("hello", 0, 4))
print(re.compile("").match("abc", 3, 1))
print(re.match("x*", "yyy"), re.search("", ""), re.match(r"\d+", "abc"))

print(re.compile("a+"), re.compile(b"a+"), re.compile("a", re.I | re.M))
print(re.compile("a", re.S | re.X), re.compile("a", re.A), re.compile(b"a", re.L))
print(repr(re.compile("x" * 300))[:40], len(repr(re.compile("x" * 300))))
print(re.match("(x)" + "y" * 100, "x" + "y" * 100))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("b"),
      re.compile("a") == re.compile("a", re.I), hash(re.compile("ab")) == hash(re.compile("ab")))
import copy
p = re.compile("abc")
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match("abc")
print(copy.copy(m) is m)
for bad in (5, "x", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.start(3)
except IndexError as e:
    print("IndexError", e)
print(m.expand(r"[\g<0>]"), re.match(r"(a)(b)", "ab").expand(r"\2\1-\g<1>"))
print(re.match(r"(?P<n>ab)", "ab").expand(r"<\g<n>>"))
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError", e)
print(type(m).__name__, type(p).__name__, re.Pattern, re.Match)
sc = re.compile(r"\d").scanner("a1b22")
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.search(), sc.pattern)
sc = re.compile(r"\d").scanner("12a")
print(sc.match(), sc.match(), sc.match(), sc.match())
print(re.compile(r"\w+").match("abc def", pos=4), re.compile(r"\w+").search(string="abc", endpos=2))
