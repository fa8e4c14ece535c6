# f-strings, str.format and % formatting with every kind of format spec.
name, n, f, neg = "pyvm", 1234567, 3.14159265, -42
print(f"|{name:>10}|{name:<10}|{name:^10}|{name:*^11}|{name:.2}|{name!r:>8}|")
print(f"|{n:,}|{n:_}|{n:>12,}|{n:012d}|{neg:+d}|{n: d}|{neg:=+8}|")
print(f"|{255:x}|{255:X}|{255:#x}|{255:#o}|{255:b}|{255:#010b}|{-255:x}|{2**70:_x}|")
print(f"|{f:.3f}|{f:8.2f}|{f:<8.2f}|{f:08.3f}|{f:+.1e}|{f:.3e}|{f:E}|{f:g}|{f:.10g}|")
print(f"|{0.5:%}|{0.12345:.2%}|{1e-10:g}|{1e16:g}|{123.0:g}|{0.0001:.3g}|{-0.0:f}|")
print(f"|{n:e}|{n:.2f}|{True:d}|{7:c}|{65:c}|{3:5}|{'x':5}|{3.0:5}|")
print(f"{n=}", f"{f=:.2f}", f"{name=!s}", f"{name = }", f"{1 + 2=}")
w, p = 12, 4
print(f"[{f:{w}.{p}f}]", f"[{name:{'>' if n else '<'}{w}}]", f"[{n:{','}}]")
print(f"{{literal}} {'{'}{n}{'}'}", f"{'nested ' + f'{n:x}'}", f"{[1, 2][1]}{ {'a': 1}['a'] }")
print("{} {} {}".format(1, "two", 3.0), "{2} {0} {1}".format("a", "b", "c"))
print("{name} is {age:>4}".format(name="Ann", age=7), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print("{0.real} {0.imag} {1.__name__}".format(3 + 4j, int), "{!r:>6}".format("q"))
print("{:,.2f} {:>+10.3e} {:o} {:#X}".format(1234.5, -0.000123, 64, 48879))
print("%s|%r|%5d|%-5d|%05d|%x|%X|%o|%e|%.2f|%g|%%" % ("s", "r", 42, 42, 42, 255, 255, 8, 1234.5, 2.345, 0.00001))
print("%(a)s-%(b)05.1f" % {"a": "k", "b": 2.25}, "%*d|%-*d|" % (6, 1, 4, 2), "%.*f" % (2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%d%%" % 50, "%c" % 97, "%i" % 3.9, "%+.3d" % 7)
print(format(1234.5678, ",.1f"), format(10, "b"), format("x", "^5"), format(0.1), format(3, ""), format(2**64, ","))
print(f"{float('inf'):>8}|{float('nan'):<6}|{-float('inf'):+}|{1e300*1e300:.2f}")
print(f"{12345.678:_.2f}", f"{0:#x}", f"{-1:#b}", f"{1e5:.0e}", f"{99.95:.1f}", f"{0.125:.2f}", f"{0.375:.2f}")
print(f"{'é':>3}|{'日本':^6}|{'tab':\t>5}|")
for v in [0, 1, -1, 0.5, 1e-5, 123456789, 1.5e300]:
    print(f"{v!s:>12} {v!r:<12} {v:>12.4g}")
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec or "g") + "°C"

    def __str__(self):
        return f"Temp({self.c})"


t = Temp(21.5)
print(f"{t}", f"{t:.1F}", f"{t:>8.2f}", f"{t!s}", f"{t!r}"[:5], "{:.0F}".format(t), format(t))
for bad in ["{:d}".format, "{:x}".format, "{:,s}".format]:
    try:
        print(bad(2.5 if bad is not "{:,s}".format else "s"))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    f"{n:q}"
except ValueError as e:
    print("ValueError:", e)
