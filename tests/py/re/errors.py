# re.error messages with positions, bad arguments, limits.
import sys
sys.path.append("/usr/lib/python3.11")
import re

bad = [r"(", r")", r"[a", r"a**", r"*a", r"a{2,1}", r"(?P<1>a)", r"(?P<a>a)(?P<a>b)",
       r"\1", r"(?P=nope)", r"(?<=a+)b", r"[z-a]", r"\q", r"(?z)", r"a(?i)b", r"(?",
       r"(?P", r"(?<", r"x{1", r"\x4", r"\u12", r"[\d-z]", r"(?(2)a|b)",
       r"(?(1)a|b|c)", r"(a)(?(1", "a\\", r"(?#x", r"(?<!a|bc)", r"(?x)(?i)a", r"\8", r"\777"]
for pattern in bad:
    try:
        re.compile(pattern)
        print("ok", pattern)
    except re.error as e:
        print(repr(pattern), "->", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("a\n(\nb", re.X)
except re.error as e:
    print(str(e), e.lineno, e.colno, e.pattern == "a\n(\nb")
try:
    re.compile(b"\\u1234")
except re.error as e:
    print(e)
try:
    re.compile("a", re.A | re.L)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
print(re.compile(re.compile("a")).pattern, re.error is re.error, issubclass(re.error, Exception))
print(re.compile(r"(a)" * 150).groups, re.compile("a{65535}").match("a" * 65535).end())
try:
    re.compile("a{4294967296}")
except (OverflowError, re.error) as e:
    print(type(e).__name__, e)
try:
    re.match("(a)", "a").group("x")
except IndexError as e:
    print("IndexError", e)
try:
    re.compile("a").match()
except TypeError as e:
    print("TypeError", e)
try:
    re.compile("a").sub()
except TypeError as e:
    print("TypeError", e)
