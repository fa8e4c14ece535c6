# str.split/rsplit/splitlines/partition/rpartition with separators and maxsplit.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "  a  b\tc\n d  "
t(lambda: s.split())
t(lambda: s.split(None, 1))
t(lambda: s.rsplit(None, 1))
t(lambda: s.split(" "))
t(lambda: s.rsplit(" ", 2))
t(lambda: "a,b,,c,".split(","))
t(lambda: "a,b,,c,".rsplit(",", 1))
t(lambda: "a,b,,c,".split(",", maxsplit=2))
t(lambda: "a,b,,c,".rsplit(sep=",", maxsplit=0))
t(lambda: "".split())
t(lambda: "".split(","))
t(lambda: "abcabc".split("bc"))
t(lambda: "abc".split(""))
t(lambda: "a b".split(None, -1))
t(lambda: "\u3000x\u2003y\x1cz".split())
t(lambda: "line1\nline2\r\nline3\rline4\x0bl5\x0cl6\x1cl7\u2028l8\n".splitlines())
t(lambda: "a\nb\r\n".splitlines(True))
t(lambda: "a\nb\r\n".splitlines(keepends=True))
t(lambda: "".splitlines())
t(lambda: "a=b=c".partition("="))
t(lambda: "a=b=c".rpartition("="))
t(lambda: "abc".partition("x"))
t(lambda: "abc".rpartition("x"))
t(lambda: "abc".partition(""))
t(lambda: "abc".partition(1))
t(lambda: "a b".split(1))
