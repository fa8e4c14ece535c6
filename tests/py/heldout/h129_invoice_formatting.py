# Invoice rendering: format-spec mini-language, %-formatting, str.format with attributes/indexes, f-string debugging, Decimal and float rounding.
from decimal import Decimal, ROUND_HALF_UP
from datetime import date


class Line:
    def __init__(self, sku, desc, qty, price):
        self.sku, self.desc, self.qty, self.price = sku, desc, qty, Decimal(price)

    @property
    def total(self):
        return (self.qty * self.price).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


lines = [
    Line("A-100", "Widget, large", 3, "19.99"),
    Line("B-20", "Gadget", 12, "0.455"),
    Line("C-3", "Extended warranty (3 years)", 1, "149"),
    Line("D-4444", "Ünïcode café", 250, "0.1"),
]

W = 64
print(f"{'INVOICE':=^{W}}")
print("{0:<10}{1:>{w}}".format("No. 2023-17", date(2023, 5, 9).strftime("%d %b %Y"), w=W - 10))
print("-" * W)
print(f"{'SKU':<8}{'Description':<28}{'Qty':>6}{'Price':>10}{'Total':>12}")
for ln in lines:
    desc = ln.desc if len(ln.desc) <= 26 else ln.desc[:25] + "…"
    print(f"{ln.sku:<8}{desc:<28}{ln.qty:>6d}{ln.price:>10.3f}{ln.total:>12,.2f}")
subtotal = sum(ln.total for ln in lines)
vat = (subtotal * Decimal("0.21")).quantize(Decimal("0.01"))
print("-" * W)
for label, value in [("Subtotal", subtotal), ("VAT 21%", vat), ("TOTAL", subtotal + vat)]:
    print(f"{label:>52}{value:>12,.2f}")
print("=" * W)

print("{0.sku}/{0.qty} {1[0]}-{1[2]} {2[key]!r:>8}".format(lines[0], "xyz", {"key": "v"}))
print("{:+.3e} {:010.4f} {:.0%} {:g} {:g} {:G}".format(12345.6789, -3.14159, 0.125, 1e-5, 123456789.0, 1.5e20))
print("{:#x} {:#o} {:08b} {:X} {:c} {:n}".format(255, 8, 5, 3054, 9731, 1234))
print(f"{3.5:.0f} {4.5:.0f} {2.675:.2f} {1.005:.2f} {0.5:.0%} {-0.0:.1f} {1e16:,.0f}")
print(f"{'left':*<10}|{'right':*>10}|{'mid':*^9}|{42:*^9}|{-42:=8}|{42:+}|{42: }")
print(f"{float('nan'):>6} {float('-inf'):<6}| {Decimal('1.50'):.1f} {Decimal('-0'):+} {Decimal('1e3'):f}")
x, y = 7, [1, 2]
print(f"{x=} {y=!r} {x * 2 = } {'q'!a} {'é'!a} {x:{'>'}{5}}")
print("%s has %d items costing %.2f (%5.1f%%) %r %c %-4s|" % ("cart", 3, 9.5, 12.345, "r", 65, "ab"))
print("%(name)s is %(age)03d" % {"name": "Al", "age": 7}, "%x %X %o %e %G %i" % (255, 255, 8, 0.00012, 1e-7, 3.9))
print(format(1234.5, ",.1f"), format(0.000123, ".2e"), format(10**22, ","), format(12, "_b"), format(True, "d"))
print(round(2.5), round(3.5), round(-0.5), round(1234.5678, -2), round(1234.5678, 2), round(Decimal("2.675"), 2))
print(str(0.1 + 0.2), repr(1 / 3), 1e22, 1e-7, 123456789012345678.0, float("1.10"), 2.0 ** 0.5)
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
