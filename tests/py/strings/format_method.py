# str.format and format_map: fields, indexing, attributes, conversions, nested specs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    x = 3
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"

t(lambda: "{} {} {}".format(1, "a", 2.5))
t(lambda: "{1} {0} {1}".format("a", "b"))
t(lambda: "{name}-{0}".format(7, name="n"))
t(lambda: "{0[1]} {0[a]} {1.x}".format({1: "one", "a": "A"}, P()))
t(lambda: "{0[0]}{0[2]}".format("xyz"))
t(lambda: "{!r} {!s} {!a}".format(P(), P(), "é"))
t(lambda: "{:>{w}.{p}f}".format(3.14159, w=10, p=2))
t(lambda: "{:{}{}}".format("x", "^", 5))
t(lambda: "{{}} {{{}}}".format(1))
t(lambda: "{0:{1}}".format(42, "08b"))
t(lambda: "{:,} {:_} {:_x} {:#o} {:#X}".format(10**7, 10**7, 2**20, 8, 255))
t(lambda: "{} {}".format(1))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{x}".format(y=1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{0!x}".format(1))
t(lambda: "{0:d}".format("s"))
t(lambda: "{a.b}".format(a=1))
t(lambda: "{0[5]}".format([1]))
t(lambda: "{name} is {age}".format_map({"name": "Bo", "age": 3}))

class M:
    def __getitem__(self, k):
        if k == "q":
            raise KeyError(k)
        return "<" + k + ">"

t(lambda: "{a} {b}".format_map(M()))
t(lambda: "{q}".format_map(M()))
t(lambda: "{:*^9}|{:<4}|{:>4}|{:=+5}".format("mid", 1, "r", 7))
t(lambda: "{:c}{:c}".format(65, 0x1F600))
t(lambda: "{:%}".format(0.25))
t(lambda: "{:e}".format(12345))
t(lambda: "{:.3}".format("abcdef"))
t(lambda: "{:10}|{:<10}|{:>10}".format("s", 5, "t"))
t(lambda: "{0:}{1!r:>5}".format("a", "b"))
