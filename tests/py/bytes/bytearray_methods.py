# bytes methods on bytearray (results are bytearrays), bytes/bytearray interplay.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = bytearray(b"  Hello, World\tagain\n")
t(lambda: a.split())
t(lambda: a.strip().split(b", "))
t(lambda: a.partition(b","))
t(lambda: a.upper().lower().title())
t(lambda: a.expandtabs(4))
t(lambda: a.splitlines(keepends=True))
t(lambda: a.replace(b"l", bytearray(b"L")))
t(lambda: a.center(30, b"-"))
t(lambda: a.find(b"World"), )
t(lambda: a.count(b"l"))
t(lambda: a.startswith(bytearray(b"  H")))
t(lambda: a.endswith(b"\n", 0, 5))
t(lambda: a.hex(" ", 4))
t(lambda: bytearray(b"a-b").join([b"1", bytearray(b"2"), memoryview(b"3")]))
t(lambda: bytearray(b"xyz").translate(None, b"y"))
t(lambda: bytearray(b"abc").removeprefix(b"a").removesuffix(b"c"))
t(lambda: bytearray.fromhex("ff 00"))
t(lambda: bytearray.maketrans(b"a", b"b"))
t(lambda: bytearray(b"12").zfill(5))
t(lambda: bytearray(b"abc").isalpha())
t(lambda: bytearray(b"").isspace())
t(lambda: b"abc".center(7, b"xy"))
t(lambda: b"abc".ljust(5, "x"))
t(lambda: b"abc".find("a"))
t(lambda: b"abc".startswith("a"))
t(lambda: b"abc".split(b""))
t(lambda: b"a b".hex(":", -1))
t(lambda: b"abcdef".hex("::"))
t(lambda: bytearray(b"x") + memoryview(b"y"))
t(lambda: b"x" + bytearray(b"y"))
t(lambda: bytearray(b"abc") == b"abc")
t(lambda: b"abc" < bytearray(b"abd"))
t(lambda: bytearray(b"abc") > b"ab")
t(lambda: list(reversed(bytearray(b"abc"))))
t(lambda: list(reversed(b"abc")))
t(lambda: bytearray(range(65, 70)))
t(lambda: bytearray("x", "ascii", "strict"))
t(lambda: bytearray(b"ab").extend("cd"))
t(lambda: bytearray(b"ab").extend(5))
t(lambda: bytearray([1, 2]) * -1)
t(lambda: 2 * bytearray(b"ab"))
c = bytearray(b"abc")
c[1:2] = memoryview(b"ZZ")
print(c)
c[0:1] = c
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
d = bytearray(b"0123456789")
del d[::-3]
print(d)
del d[1:3]
print(d)
try:
    del d[99]
except IndexError as e:
    print("IndexError:", e)
