# Report generator: namedtuple, groupby, textwrap, string alignment,
# % formatting corner cases.
import textwrap
from collections import namedtuple, Counter, defaultdict
from itertools import groupby
from operator import attrgetter, itemgetter

Item = namedtuple("Item", "sku name category qty price")
Item.__doc__ = "A stock item"

ROWS = """\
A100|Widget, small|tools|14|2.50
A101|Widget, large|tools|3|7.25
B200|Blue paint (1 L)|paint|0|12.00
B201|Red paint (1 L)|paint|22|11.50
C300|Extension cord 10m|electric|7|15.99
C301|Fuse 16A|electric|120|0.35
A102|Hammer|tools|9|18.00
"""

items = [Item(s, n, c, int(q), float(p)) for s, n, c, q, p in
         (line.split("|") for line in ROWS.splitlines())]
print(items[0])
print(items[0]._asdict())
print(items[1]._replace(qty=5), Item._fields, Item.__doc__)

items.sort(key=attrgetter("category", "sku"))
print("%-10s %-20s %5s %9s" % ("SKU", "NAME", "QTY", "VALUE"))
print("-" * 47)
grand = 0.0
for cat, group in groupby(items, key=attrgetter("category")):
    group = list(group)
    subtotal = sum(i.qty * i.price for i in group)
    grand += subtotal
    print(f"== {cat.upper()} ({len(group)} items) ==")
    for it in group:
        flag = "*" if it.qty == 0 else " "
        print("%-10s %-20.20s %5d %9.2f%s" % (it.sku, it.name, it.qty, it.qty * it.price, flag))
    print("%37s %9.2f" % ("subtotal", subtotal))
print("%37s %9.2f" % ("TOTAL", grand))
print("%+d %05.1f %x %X %o %e %g %g %%" % (42, 3.14159, 255, 255, 8, 12345.678, 0.00001234, 1e20))
print("%(sku)s costs %(price).1f" % items[0]._asdict())
print("%c%c%c" % (80, "y", 0x1F600 - 0x1F600 + 86))
print("%r %a %s" % ("é", "é", "é"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 2.0 / 3))

counts = Counter(it.category for it in items)
print(counts.most_common(), counts["nothing"])
by_price = defaultdict(list)
for it in items:
    by_price["cheap" if it.price < 10 else "dear"].append(it.sku)
print(dict(by_price))
print(sorted(items, key=itemgetter(3), reverse=True)[:3])

notes = ("The inventory above lists all stock-keeping units currently held in "
         "the warehouse. Items marked with an asterisk are out of stock and "
         "should be reordered before the next reporting period begins.")
print(textwrap.fill(notes, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(notes, width=50, placeholder=" [...]"))
print(textwrap.indent("a\n\nb\n", "  | "), end="")
print(textwrap.dedent("""
    first
      second
    third"""))
print("|".join(w.center(9, ".") for w in ["a", "bb", "ccc"]))
print("tools".ljust(8, "_") + "|" + "x".rjust(3) + "|" + "42".zfill(5) + "|" + "-42".zfill(5))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{3.14159:08.3f}|{-7:+05d}|{1234567.891:,.2f}")
