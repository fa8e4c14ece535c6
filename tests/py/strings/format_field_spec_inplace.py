# str.format fields whose spec is read in place from the format string
# (exact int, float and str values): every spec feature, the spec cache
# (short and long specs, the same text at different offsets), errors with
# the spec text, non-Latin-1 format strings, and types that take the
# general path (bool, subclasses, __format__).


def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


for spec in ["d", "5d", "<5", "^7", "*>9", "+d", " d", "x", "#x", "#X", "#o", "#b",
             "08d", "_d", ",d", "_x", "c", "e", ".3f", "%", "n", "=+10", "0=12,"]:
    show("[{0:" + spec + "}]", 1234)
    show("a{0:" + spec + "}b{1:" + spec + "}c", -77, 0)

for spec in ["f", ".2f", "10.4f", "<12.3e", "+.1%", "g", ".10g", "G", "E", "z.1f",
             "#.0f", "_.2f", ",.3f", "015.3f", "^20", "r", "", "010"]:
    show("{:" + spec + "}", 3.14159)
    show("{:" + spec + "}", -0.0001)
    show("<{0:" + spec + "}|{1:" + spec + "}>", float("inf"), float("nan"))

for spec in ["s", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "x>5s", "\u00e9^9",
             "\u20ac<6", "\U0001f600>4"]:
    show("{:" + spec + "}", "abc")
    show("{0:" + spec + "}-{0:" + spec + "}", "\u00e9t\u00e9")

# Big ints, bools, subclasses and __format__ take the general path.
show("{:>30,}", 10 ** 25)
show("{:x}", -(2 ** 70))
show("{:5}|{:d}|{:>6}", True, False, True)


class MyInt(int):
    pass


class MyStr(str):
    def __format__(self, spec):
        return "<" + spec + ">"


class Fmt:
    def __format__(self, spec):
        return "Fmt(" + spec + ")"


show("{:08}", MyInt(42))
show("{:^9}", MyStr("q"))
show("{:abc}|{:}", Fmt(), Fmt())
show("{x:>{w}}", x=5, w=4)
show("{0:{1}{2}}", 255, "#", "x")

# Errors name the spec text.
for spec in ["abc", "dd", "=s", "+s", "#s", "z", ",,", "_,", ".", "99999999999999999999999",
             "10.x", "\u00e9\u00e9\u00e9", "\u20acq", ",b", "zd", ".2d", "c,"]:
    show("{:" + spec + "}", 5)
    show("{:" + spec + "}", 2.5)
    show("{:" + spec + "}", "s")
show("{:c}", 0x110000)
show("{:c}", 233)
show("{:,c}", 65)

# The same spec text at many offsets and in long format strings (the
# cache keys on the text, not on its position).
row = "|".join("{%d:>6.2f}" % k for k in range(8))
print(row.format(*[k * 1.5 for k in range(8)]))
long_spec = "{:*^40.3f} {:-<33d} {:\u00e9>21}"
print(long_spec.format(2.0, 9, "z"))
for i in range(3):
    print("{0:>{1}}|{0:<4}|{0:x}".format(i * 37, i + 2))

# Separator pairs: a second ',' or '_' of the same kind is read as the type.
for spec in [",,", "__", "_,", ",_", ",,d", "_,d", ",_d", "__d", ",_,", "10,,", ",.2,"]:
    for value in (5, 2.5):
        try:
            print(spec, format(value, spec), "{:{}}".format(value, spec))
        except ValueError as e:
            print(spec, "ValueError", e)
