# Format specs are cached by content (up to 8 Latin-1 characters): the same
# spec text with different types, defaults and errors, specs around the
# length limit, wide specs; and %-formatting of small ints through the stack
# buffer path (flags, widths, precision, bases, bools, big ints).

specs = ["", "d", ">8", "08d", "+d", "^7", "x", "#x", "#X", "10.4f", ".3e", ",", "_", "12,.2f",
         "<00000012", "<000000012", "*^+#012,.3f", "s", "c", ".0", "z.1f", "n", "%", "b", "0>5",
         "é^9", "Ā^9", "09", "=+8"]
values = [0, 7, -42, 123456789, 3.25, -0.0, 1e300, "txt", "", True, 10**30, -(10**25)]
for round_ in range(3):
    out = []
    for v in values:
        for sp in specs:
            try:
                out.append(format(v, sp))
            except (ValueError, TypeError, OverflowError) as e:
                out.append(type(e).__name__ + ": " + str(e))
    if round_ == 0:
        first = out
    else:
        assert out == first
for line in first:
    print(line)

for i in range(200):
    s = f"{i:08d}|{i:>8}|{i * 0.5:10.4f}|{'ab':^7}|{i:x}|{-i:+d}"
print(s)
for i in range(200):
    try:
        t = f"{i:8.3d}"
    except ValueError as e:
        t = str(e)
print(t)

fmts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o",
        "%.3d", "%8.3x", "%i", "%u", "%-#8x|", "%+05d", "%*d", "%-*d|"]
ints = [0, 1, -1, 255, -255, 2**61, -(2**62), 10**20, True, False]
for f in fmts:
    row = []
    for v in ints:
        try:
            row.append(f % ((6, v) if "*" in f else v))
        except TypeError as e:
            row.append(str(e))
    print(f, row)
for i in range(300):
    a = "%d:%5.2f|%-6s|%x" % (i, i * 0.37, "k%d" % (i % 13), i)
print(a)
