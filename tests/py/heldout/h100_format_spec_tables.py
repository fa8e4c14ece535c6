# String-formatting tables: format specs, %-formatting with dicts, f-string = and nested specs.
rows = [
    ("widget", 4, 3.5, -12),
    ("gizmo extra long", 1234567, 0.000123, 0),
    ("ünïcode", -8, 1e10, 255),
    ("x", 0, -0.0, -1),
]
w = 10
for name, qty, price, delta in rows:
    print(f"|{name:<{w}.{w}}|{qty:>+10,}|{price:^12.3g}|{delta:#06x}|{delta:=+8}|{qty:_b}|")

for name, qty, price, delta in rows:
    print("|%-10.10s|%+10d|%12.4e|%#x|%05d|%o|" % (name, qty, price, delta & 0xFF, delta, qty & 0o777))

rec = {"who": "Ada", "n": 3, "pct": 0.4567, "amt": 1234.5}
print("%(who)s owes %(amt)10.2f (%(n)d items, %(pct).1f%%)" % rec)
print("%(who)r %(n)05d %(pct)e %(amt)g %%" % rec)
print("%s %r %a" % ("é", "é", "é"), "%c%c" % (65, "z"), "%5s|%-5s|" % ("ab", "cd"))
print("%.3s|%*d|%-*d|%.*f" % ("abcdef", 5, 42, 4, 7, 2, 3.14159))
for fmt, val in [("%i", 3.9), ("%x", 255), ("%X", -255), ("%e", 0), ("%g", 1e-5), ("%G", 1e20), ("%10.3f", -2.5)]:
    print(fmt, "->", repr(fmt % val))
for spec in [">8", "<8", "^8", "*^9", "08.2f", "+.1e", " .3%", ",.2f", "_d", "#b", "#o", "#X", "c", "n", "e", "G", "010,.1f", "=+10d", "-^7"]:
    for v in (42, -3.14159, 1234567.891):
        try:
            out = format(v, spec)
        except (ValueError, TypeError) as e:
            out = f"<{type(e).__name__}: {e}>"
        print(f"{spec:>8} {v!r:>12} -> {out!r}")

x, y = 7, 2.5
name = "Zoë"
print(f"{x=} {y=:.3f} {name=!r} {name=!a} {x*y=} {x + 1 = }")
print(f"{name!s:>6}|{name!r:>8}|{name!a}|{name:*<6}")
prec, width, align = 3, 12, "^"
print(f"[{3.14159265:{align}{width}.{prec}f}] [{'mid':{'-'}{align}{width}}] [{12345:{','}}]")
print(f"{{literal}} {'{'}{x}{'}'} {f'{x:>{x}}'!r}")
print(f"{'nested ' + f'{y:+.1f}'}", f"{[1, 2][-1]}", f"{ {'k': 1}['k'] }", f"{(lambda z: z * 2)(x)}")
print("{0:>{1}} {2[a]} {3.real} {0!r:^10}".format("ab", 5, {"a": "dict"}, 3 + 4j))
print("{:,} {:_} {:.2%} {:e}".format(10**12, 2**40, 1 / 3, 12345.6789))
print("{:%}".format(0.5), "{:.0f}".format(2.5), "{:.0f}".format(3.5), "{:g}".format(1e16), "{:g}".format(123456789.0))
print(format(True, "d"), format(True), format(None, ""), format(3 + 4j, ".1f"), format(1.5e300 * 1e10, "f"))

class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "°F"
        return format(self.c, spec or ".1f") + "°C"


t = Temp(21.5)
print(f"{t} {t:.0f} {t:F} {t:>8.2F}", "{:F}".format(t), format(t, "05.1f"))
for bad in ["{:d}".format, "{:,s}".format, "{0:=^x}".format]:
    try:
        print(bad(1.5 if bad is not None else 0))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print("%d" % "s")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}), "{!r:>5}".format("q"))
