# Format-spec mini-language corner cases for int and str.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in [0, 7, -7, 255, -255, 10**12, True]:
    print([format(v, s) for s in ["", "d", "5", "<5", "^6", "=+8", "08", "+", " ", "-",
                                  "b", "#b", "o", "#o", "x", "#x", "X", "#X", ",", "_",
                                  "_b", "#_x", "010,", "e", ".2f", "%", "c" if v >= 0 and v < 300 else "d",
                                  "n", "#010x", "*^+9,d"]])
for s in ["abc", "", "é"]:
    print([format(s, spec) for spec in ["", "5", "<5", ">5", "^5", "*^7", ".1", "5.2", "s", "0>4"]])
t(lambda: format("abc", "d"))
t(lambda: format("abc", "=5"))
t(lambda: format("abc", "+"))
t(lambda: format("abc", ","))
t(lambda: format("abc", "#"))
t(lambda: format(5, ".2"))
t(lambda: format(5, "s"))
t(lambda: format(5, ",b"))
t(lambda: format(5, "+c"))
t(lambda: format(-1, "c"))
t(lambda: format(5, "z"))
t(lambda: format(5, "<<<"))
t(lambda: format(5, "1000000000000000000000"))
t(lambda: format(1, "=^5"))
t(lambda: format([1], ""))
t(lambda: format([1], "5"))
t(lambda: format(None))
t(lambda: format(None, ">5"))
t(lambda: format(2**100, ","))
t(lambda: format(-(2**100), "x"))
t(lambda: format(12345, "_o"))
t(lambda: f"{12345:_}{-1:=08}{3:0=5}")
t(lambda: f"{'x'!r:>6}{3.5!s:^7}")
