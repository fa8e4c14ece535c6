# String methods and formatting: justify, partition, translate, splitlines, casefold, %-format, str.format fields, textwrap.
import string
import textwrap

title = "the quick brown fox's tale"
print(title.title(), "|", title.capitalize(), "|", string.capwords(title), "|", title.swapcase())
print(f"[{'menu':^12}] [{'x':*<5}] [{'y':->5}] [{'left'.ljust(8, '.')}] [{'7'.zfill(4)}] [{'-7'.zfill(4)}]")
print("key=value=more".partition("="), "no-sep".partition("="), "a/b/c".rpartition("/"))
print("a,b,,c".split(","), "a b  c ".split(), "  lead".lstrip(), "xxhixx".strip("x"), "1,2,3".rsplit(",", 1))
print("line1\nline2\r\nline3\n".splitlines(), "l1\nl2\n".splitlines(keepends=True))
print("tab\tsep\tline".expandtabs(8), "|", "a\tbb\tccc".expandtabs(4))
table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("leet speak for everyone".translate(table), "hello".translate(str.maketrans("l", "L", "o")))
print("Straße".casefold() == "STRASSE".casefold(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode())
print("abc123".isalnum(), "٣".isdigit(), "½".isnumeric(), "½".isdecimal(), " \t".isspace(), "Title Case".istitle(), "_ok1".isidentifier())
print("hello world".count("o"), "hello".find("l"), "hello".rfind("l"), "hello".index("e"), "abc".startswith(("x", "a")), "file.tar.gz".endswith(".gz"))
print("-".join(["a", "b"]), "".join(reversed("stressed")), "ab" * 3, "Na" * 0 + "batman", "x".center(6, "~"))
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 19.989, 42.123), "%-6s|%06.2f|%x|%o|%e" % ("ab", 3.14159, 255, 8, 12345.678))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7}, "%c%c" % (72, "i"), "%r" % "q", "%+d %+d" % (5, -5))
person = {"name": "Bo", "langs": ["py", "c"]}
print("{0[name]} knows {0[langs][1]} and {p[langs][0]}".format(person, p=person), "{:{w}.{p}f}".format(3.14159, w=10, p=3))
print("{!r:>8}|{!s:<6}|{:^+9.2e}".format("hi", None, 12345.6789), "{:#b} {:#o} {:#X} {:,d} {:_x}".format(10, 64, 255, 10**7, 2**20))
print(f"{3.0:g} {1e-5:g} {123456789.0:g} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:+.1f} {float('nan'):>6} {1e20:,.0f}")
print(f"{'nested':{'>'}{10}}", f"{12:08.3f}", f"{-12:=8}", f"{12:^8}", f"{'é':x^5}", f"{42!a:>4}", f"{'ü'!a}")
tpl = string.Template("$who owes ${amount}USD to $$bank")
print(tpl.substitute(who="Tim", amount=5), tpl.safe_substitute(who="Ann"))
para = "Python is a programming language that lets you work quickly and integrate systems more effectively. " * 2
print(textwrap.fill(para, width=38, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(para, width=45, placeholder=" [...]"), textwrap.dedent("    a\n      b\n    c").splitlines())
print(textwrap.indent("one\ntwo\n\nthree", "> "))
words = "banana Apple cherry apple Banana date".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.casefold())), min(words, key=len))
print(repr("quote's \"both\"\n\t\x00\u00e9\U0001f600"), ascii("naïve ☃"), str(b"bytes", "ascii"), "é".encode("utf-8"), "x".encode("utf-16-le"))
print("removeprefix".removeprefix("remove"), "suffix.py".removesuffix(".py"), "ab".removesuffix("zz"), "%".join("abc"), "a\u0301".__len__())
