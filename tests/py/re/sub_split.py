# findall with 0/1/n groups, finditer, split with captures, sub/subn with
# templates and functions, escape.
import sys
sys.path.append("/usr/lib/python3.11")
import re

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\d)(\d)?", "1 23 456"), re.findall(r"(\d+)", "a1b22"))
print(re.findall(r"", "abc"), re.findall(r"x*", "axxb"), re.findall(r"\b", "a b"))
print(re.findall(r"(a)|b", "ab"), re.findall(r"(a)|(b)", "ab"), re.findall(r"(?:a|b)", "ab"))
print(re.compile(r"\w").findall("abcdef", 2, 4), re.compile("").findall("abc", 1))
print([m.span() for m in re.finditer(r"\w+", "hi there you")], [m.group() for m in re.finditer(r"x*", "axxb")])
it = re.finditer(r"\d", "a1b2")
print(next(it), next(it), next(it, None), type(it).__name__)
print([m.span() for m in re.compile(r"\d").finditer("1234", 1, 3)])

print(re.split(r",\s*", "a, b,c,  d"), re.split(r"(,)\s*", "a, b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r",", "a,b,c", 1), re.split(r",", "a,b", -1))
print(re.split(r"x*", "axbc"), re.split(r"", "abc"), re.split(r"\b", "a b"), re.split(r"(?=b)", "abab"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."), re.split(r"[a-f]+", "0a3B9", flags=re.I))
print(re.split(r"^$", "foo\n\nbar\n", flags=re.M), re.split("(?m)^", "a\nb\n"))

print(re.sub(r"\d+", "#", "a1b22c333"), re.sub(r"\d+", "#", "a1b22c333", 2), re.sub(r"\d+", "#", "a1b22c333", count=1))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w+) (?P<second>\w+)", r"\g<second>-\g<first>-\g<0>-\g<1>", "ab cd"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "abc"), re.sub(r"\b", "|", "ab cd"))
print(re.sub(r"a", r"\n\t\\", "a"), re.sub(r"a", "\\\\n", "a"), repr(re.sub(r"(a)", r"\1\101", "a")))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub(r"(\w)(\d)?", lambda m: m.group(2) or "_", "a1bc2"), re.sub("a", lambda m: None, "bab") if False else "")
print(re.subn(r"o", "0", "foo boo"), re.subn(r"z", "0", "foo"), re.subn(r"", "-", "ab"))
print(re.compile(r"o").sub("0", "foo", 1), re.compile(r"o").subn("0", "foo"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("(?i)HELLO", "bye", "Hello hello"), re.sub(r"^", ">", "a\nb", flags=re.M))
print(re.sub(r"(?P<x>a)", r"\g<x>\g<x>", "aba"), re.sub(r"a(?=b)", "X", "abac"), re.sub(r"(?<=a)b", "X", "abcb"))
print(re.sub(b"(a)", rb"<\1>", b"bab"), re.sub(b"a", lambda m: m.group().upper(), b"aba"), re.subn(b"", b"-", b"ab"))
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError", e)
for bad in (r"\3", r"\g<2>", r"\g<nope>", r"\g<", r"\g<1"):
    try:
        re.sub(r"(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn#o&p~q-r"), re.escape(b"a.b c"), re.escape("é_1"))
print(re.findall(re.escape("1+1=2"), "is 1+1=2?"), re.escape(""), re.purge())
print(re.compile(re.escape("x[y]")).fullmatch("x[y]"))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(w for w in words if re.match(r"[a-m]", w))))
print(re.sub(r"\s+", " ", "  lots   of\n\nspace  ").strip(), re.sub("(?x) a \\ b", "-", "xa bx"))
email = re.compile(r"(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)")
for m in email.finditer("mail bob.smith+tag@example.co.uk or alice@test.org now"):
    print(m.group("user"), m.group("host"), m.span())
num = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
print(num.findall("x=1.5e3, y=-.25, z=42, w=+7.E-2"))
print(re.template("a") if False else "", re.compile(r"(?#comment)a").pattern)
