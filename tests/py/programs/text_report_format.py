# A formatted text report: string.Template, string constants, textwrap, str methods and format specs.
import string
import textwrap

products = [
    ("Widget", 4, 3.5, "A small widget used for testing the assembly line in building 7."),
    ("Gadget Pro", 12, 19.99, "Professional grade gadget. Comes with a two-year warranty."),
    ("Doohickey", 0, 0.25, ""),
    ("Thingamajig XL", 250, 1234.5, "Oversized. Ships separately; allow 6-8 weeks for delivery."),
]

header = f"{'name':<16}|{'qty':>5}|{'price':>10}|{'total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price, _ in products:
    total = qty * price
    grand += total
    print(f"{name:<16.14}|{qty:>5d}|{price:>10.2f}|{total:>12,.2f}")
print(f"{'TOTAL':<16}|{'':>5}|{'':>10}|{grand:>12,.2f}")
print(f"{grand:e} {grand:.3g} {grand:_.1f} {int(grand):#x} {int(grand):#o} {int(grand):b}")
print(f"{0.075:.1%} {-5:+d} {5:+d} {42:*^10} {'x':=>4} {3.14159:10.3f}| {-0.0:.1f}")

for name, _, _, desc in products:
    if not desc:
        print(f"{name}: (no description)")
        continue
    wrapped = textwrap.fill(desc, width=30, initial_indent="  * ", subsequent_indent="    ")
    print(name + ":")
    print(wrapped)
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder=" [...]"))
print(textwrap.wrap("a" * 12 + " bb ccc", width=5))
block = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(block)), repr(textwrap.indent("x\ny\n", "> ")))

tpl = string.Template("Dear $name, your order #${order} of $$${amount} ships $when.")
print(tpl.substitute(name="Ann", order=1042, amount="19.99", when="today"))
print(tpl.safe_substitute(name="Bob"))
try:
    tpl.substitute(name="Cy")
except KeyError as e:
    print("missing key:", e)
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:8], len(string.printable))
print(string.capwords("hello   wORLD  again"), "hello world".title(), "ß".upper(), "ǅ".lower())

s = "  Mixed Case, with punctuation!  "
print(repr(s.strip()), s.split(","), s.strip().lower().replace(",", ""), s.count("i"))
print("|".join(w.center(9, ".") for w in ["ab", "cde", "f"]))
print("abc".zfill(6), "-42".zfill(6), "3.5".rjust(6, "0"), "tab\tsep".expandtabs(4))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("Hello".swapcase(), "hello world".capitalize(), "straße".casefold(), "x".isidentifier())
print("line1\nline2\r\nline3".splitlines(), "line1\nline2".splitlines(True))
print("%s has %d items costing %.2f (%5.1f%%) %r" % ("cart", 3, 9.5, 12.25, "x"))
print("%(a)s-%(b)04d" % {"a": "id", "b": 7}, "%x %X %o %e" % (255, 255, 8, 12345.678))
table = str.maketrans("aeiou", "AEIOU", "xyz")
print("the xylophone is yellow".translate(table))
fmt = string.Formatter()
print(fmt.format("{0}-{1:>4}-{k}", "a", "b", k="c"), list(fmt.parse("x{0:>3}y{name}")))
print("{:,}".format(1234567890), "{:>{w}.{p}f}".format(3.14159, w=10, p=2), "{!r:>8}".format("q"))
print(format(1e21), format(1e-7), repr(1.1 + 2.2), str(2.5e-5), 1e16, 123456789012345678.0)
