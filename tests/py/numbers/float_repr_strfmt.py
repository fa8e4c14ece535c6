# repr/str/format of floats around the positional/scientific boundaries (1e-4,
# 1e16) and of pseudo-random doubles: repr's shortest digits, both layouts.
seed = 12345
vals = []
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return seed
for i in range(8000):
    b = rnd()
    x = float.fromhex("0x1.%013xp%d" % (b & ((1 << 52) - 1), (b >> 52) % 140 - 70))
    if b >> 63:
        x = -x
    vals.append(x)
for e in range(-8, 18):
    for m in (1, 9.999999999999999, 1.0000000000000002, 5, 123456789, 0.3, 2.5):
        vals.append(m * 10.0 ** e)
        vals.append(-m * 10.0 ** e)
vals += [1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 1e15, 0.1, 1/3, 2**53, 2.0**-1074]
h = 0
shown = 0
for i, x in enumerate(vals):
    r = repr(x)
    for text in (r, str(x), f"{x}", format(x, ""), format(x, "#"), "%r" % x):
        for ch in text:
            h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    if abs(x) >= 1e-5 and abs(x) < 1e17 and (shown < 40 or i >= 8000):
        shown += 1
        print(r, str(x), f"{x}", format(x, ""), format(x, "#"))
print(len(vals), shown, h)
