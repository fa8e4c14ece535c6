# int(s, base): prefixes, underscores, whitespace, signs and error messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s, b in [("10", 10), ("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0),
             ("0b101", 0), ("  42  ", 10), ("-0x1f", 0), ("+7", 10),
             ("1_000_000", 10), ("0x_ff", 0), ("z", 36), ("Z", 36), ("11", 2),
             ("\t-12\n", 10), ("0", 0), ("00", 0), ("007", 10), ("0_0", 0)]:
    t(lambda: int(s, b))
for s, b in [("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), ("  ", 10),
             ("12a", 10), ("2", 2), ("08", 0), ("0x", 16), ("1.5", 10),
             ("abc", 37), ("1", 1), ("- 1", 10), ("0b2", 0)]:
    t(lambda: int(s, b))
t(lambda: int("10", base=8))
t(lambda: int(b"12"))
t(lambda: int(b" 0x1F ", 16))
t(lambda: int(12, 10))
t(lambda: int())
t(lambda: int("  99999999999999999999999999  "))
t(lambda: int("-" + "9" * 40, 10))
t(lambda: int(" ٣٤ "))
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int("1e5"))
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(True))
t(lambda: int("0b1_0", 0))
