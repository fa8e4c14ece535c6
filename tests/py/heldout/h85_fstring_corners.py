# f-string and format() corner cases: = specifier, nested specs, !a/!r/!s,
# __format__ delegation, format specs on many types.
from fractions import Fraction
from decimal import Decimal
from enum import Enum, IntEnum


class Color(Enum):
    RED = "r"
    BLUE = "b"


class Level(IntEnum):
    LOW = 1
    HIGH = 10


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F") else spec
        value = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(value, num_spec or ".1f") + "°" + unit

    def __repr__(self):
        return f"Temp({self.c})"

    def __str__(self):
        return "a temperature"


x, name, t = 42, "wörld", Temp(21.5)
width, prec = 12, 3
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{x*2=}", f"{name=!s}", f"{name=}", f"{t=}")
print(f"{name!a}", f"{name!r:>10}", f"{name!s:^11}|", f"{'é'!a}", f"{t!s}", f"{t!r}")
print(f"{3.14159265:{width}.{prec}f}|", f"{'mid':{'*'}^{width}}|", f"{x:{'#'}{'x'}}")
print(f"{t}", f"{t:.0fF}", f"{t:08.2C}", format(t, ""), "{:.3F}".format(t))
print(f"{Color.RED}", f"{Color.RED!r}", f"{Color.BLUE.value:>3}", f"{Level.HIGH}", f"{Level.HIGH:04d}", f"{Level.LOW + 1}")
print(f"{1234567:,}", f"{1234567:_}", f"{0.5:%}", f"{0.12345:.1%}", f"{-0.0:+.2f}", f"{1e-7:g}", f"{1e16:g}")
print(f"{255:#b}", f"{255:#o}", f"{255:#X}", f"{-255:x}", f"{65:c}", f"{10:=+8d}", f"{10:^+8d}")
print(f"{3:03}", f"{-3:03}", f"{'ab':x<5}", f"{'ab':5}", f"{12:5}", f"{True:>6}", f"{True!s:>6}", f"{None!r:>6}")
print(f"{1.0:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{1/3:.15g}", f"{2**0.5:.20f}")
print(f"{float('inf'):>8}", f"{float('nan'):+}", f"{-float('inf'):e}", f"{1.5e300*1e10}")
print(f"{Fraction(3, 8)}", f"{Decimal('1.2345'):.2f}", f"{Decimal('-0.000'):}", f"{Decimal('12345.6789'):,.2f}")
print(f"{complex(1, -2)}", f"{1+2j:.2f}", f"{3j}", f"{-0j}", f"{complex(0, 0)}")
print(f"{'{'}{x}{'}'}", f"{{x}}", f"{{{x}}}", f"{[1, 2][-1]}", f"{ {'k': 1}['k'] }", f"{(lambda: 7)()}")
print(f"{'nested ' + f'{x:>{prec}}'}", f"{x if x > 40 else -x}", f"{','.join(f'{i:02}' for i in range(3))}")
print("{0}{1}{0}".format("a", "b"), "{name}:{0}".format(1, name="n"), "{0[1]}{1.real}".format("xy", 5))
print("{:{}{}{}}".format(3.14159, "<", 10, ".2f"), "{!r:^9}".format("q"), "{0!a}".format("ñ"))
print(format(12.5, "08.3f"), format(-12.5, "=+10.1f"), format(1e5, ".3e"), format(0.0001, ".2g"), format(123, "e"))
print(format(123456789, ",d"), format(-1234.5, ",.1f"), format(12, "n"), format(1.5, "n"))
print("%.3s|%5.1s|%-4s|" % ("abcdef", "xyz", "ab"), "%s %s" % (Temp(1), [t]), "%-6.2f|" % 3.14159)
print(repr(f"{'tab'}\t{'nl'!r}"), f"{'a' 'b'}", f"{x!r:}", f"{'%d' % 5}")
for spec in ["", "10", "<10", ".2", "x", "+"]:
    try:
        print(repr(format(Color.RED.value, spec)), end=" ")
    except ValueError as e:
        print("ValueError:", e, end=" ")
print()
try:
    f"{x:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    "{0}{1}".format("only")
except IndexError as e:
    print("IndexError:", e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format(3.5, ",x")
except ValueError as e:
    print("ValueError:", e)
