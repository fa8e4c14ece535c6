# Held-out: %-formatting, str.format and f-string corner cases.
import math

values = [0, 1, -1, 42, 3.14159, -0.0, 1e21, 1.5e-7, 255, 2**64, True, None, "txt", (1, 2)]
for v in values:
    print(f"{v!r:>24}|{str(v):<14}|")

for n in (0, 7, -7, 255, 65535, 10**12):
    print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b} {n:+d} {n: d} {n:,} {n:_} {n:_x}")

for x in (3.14159265, -2.5, 1234567.891, 0.000123456, 1e100, float("inf"), float("nan"), -0.0):
    print(f"{x:.3f}|{x:10.2e}|{x:g}|{x:.3g}|{x:%}|{x:+.1f}|{x:,.2f}|{x:E}")

print("%5d|%-5d|%05d|%+d|%x|%X|%o|%e|%.2f|%10.3s|%c|%r|%%" % (42, 42, 42, 42, 255, 255, 8, 12345.678, 2.675, "abcdef", 65, "q"))
print("%(name)s is %(age)03d" % {"name": "Bo", "age": 7})
print("%s %s" % ("a", [1, 2]), "%.3s" % "abcdef", "%-6s|" % "ab", "%*d" % (5, 3))
print("{0}{1}{0}".format("ab", "cd"), "{:^9}".format("mid"), "{:*<7}".format(1), "{:=+8}".format(-3))
print("{a[0]}-{b.real}-{c!r}".format(a=[9], b=3 + 4j, c="x"), "{{braces}}".format())
print("{:08.3f}".format(-3.14159), "{:.0f}".format(2.5), "{:.0f}".format(3.5), round(2.675, 2))
print(format(1234.5, ","), format(1234.5, "_.2f"), format(0.1, ".17g"), format(1 / 3, ".20f"))
print(format(123, "c"), format("x", "^5"), format(12, "#010b"), format(-12, "010"))
w, p = 12, 4
print(f"{math.pi:{w}.{p}f}|{math.e:<{w}}|{'x' * 3:>{w - 5}}")
print(f"{'quote'!r} {'tab'!a} {'é'!a} {3!s:>3}")
name = "world"
print(f"{name=}", f"{1 + 1 = }", f"{name.upper()=:>8}")
print(f"{{{name}}}", f"{'{'}", f"{len(name):03}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec.endswith("$"):
            w = spec[:-1]
            return format(f"${self.cents / 100:,.2f}", w or "")
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"{self.cents}c"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(1234567)
print(f"{m}|{m:$}|{m:>15$}|{m:.1f}|{m!r}|{m!s}")
print("{}|{:>14$}".format(m, m), format(m, "10.0f"))
print(str(1e16), str(1e15), repr(1.1), repr(0.1 + 0.2), str(-1e-5), 1e-4, 123456789.0)
print(float("1e309"), -float("inf"), 10**20 / 3, 7.0 // 2, -7 // 2, -7 % 3, 7 % -3, divmod(-7.5, 2))
print(int("0x1f", 16), int("0b101", 0), int(" -42 "), int("1_000"), float(" 2.5e3 "), int(-3.9))
print(hex(-255), oct(8), bin(-5), ascii("ñ€"), repr("a'b\"c\n"), repr('\x00\t'))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("{:d}".format(1.5))
except ValueError as e:
    print("ValueError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{m:!!}")
except ValueError as e:
    print("ValueError:", e)
