# Fixed-point float formatting (exact integer path for |v| < 2**53 and
# precision <= 17) and the direct ASCII layout of formatted numbers, against
# the general paths: ties, negative zero, huge values, fills, alignments.
import random

rng = random.Random(2026)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-7, -1e-7, 0.005, 0.015, 0.025,
        1.005, 2.675, 123456.789, 9007199254740991.0, 9007199254740992.0, 1e16, 1e22,
        -1e300, 5e-324, 2.0 ** -30, 1 / 3, 2 / 3, 118400.0 * 0.37, float("inf"),
        float("-inf"), float("nan")]
for _ in range(300):
    vals.append(rng.uniform(-1e6, 1e6))
    vals.append(rng.randint(-10**6, 10**6) * 0.005)
    vals.append(rng.random() * 10 ** rng.randint(-20, 20))
out = []
for v in vals:
    for p in (0, 1, 2, 3, 4, 6, 10, 15, 17, 18, 20):
        out.append("%.*f" % (p, v))
        out.append(format(v, ".%df" % p))
        out.append(f"{v:+.{p}F}")
check = 0
for s in out:
    for ch in s:
        check = (check * 131 + ord(ch)) % 1000000007
print(len(out), check, out[:40])
print(out[-33:])
for v in (0.125, -0.0, -0.001, 2.5, 1e16, float("nan")):
    print(repr("%5.2f|%-9.3f|%09.1f|%+.0f|% .2f" % (v, v, v, v, v)))
    print(repr(f"{v:10.4f}|{v:<10.2f}|{v:^11.1f}|{v:=+12.3f}|{v:*>9.2f}|{v:z.2f}|{v:,.2f}"))
    print(repr(f"{v:\u00e9>10.2f}|{v:\u20ac<9.1f}|{v:_.3f}|{v:#.0f}|{v:.2%}|{v:.3e}"))
for i in (0, 1, 7, -7, 42, -42, 10**6, -(10**6), 2**63, -(2**70), 255):
    print(repr(f"{i:08d}|{i:>8}|{i:<6}|{i:^7}|{i:+d}|{i: d}|{i:x}|{i:#X}|{i:#o}|{i:#b}"))
    print(repr(f"{i:=+10}|{i:*^9d}|{i:,}|{i:_x}|{i:010,}|{i:\u00e9>8}|{i:.2f}|{i:e}"))
    print(repr("{0:>8}/{0:<3}/{0:08}/{0:=8}".format(i)))
print(repr(format(5, "d")), repr(format(5, "1")), repr(format(-5, "")), repr(format(7, "x")))
print(len(format(3, ">70000")), len(format(3.5, "<70000.2f")), format(3, ">65536")[-3:])
print(repr(format(65, "c")), repr(format(233, "^5c")), repr(format(0x20AC, "*>4c")))
print(repr(format(1 + 2j, ">20.2f")), repr(format(-0.0 - 1.5j, "")), repr(format(2j, "^10")))
try:
    format(1.5, "=+10,.2f")
    print(format(1.5, "0=+20,.2f"))
    format(1.5, ".2fx")
except ValueError as e:
    print("ValueError", e)
sci = []
for v in vals:
    for p in (0, 1, 2, 3, 5, 8, 12, 17, 18):
        sci.append("%.*e" % (p, v))
        sci.append(format(v, ".%dE" % p))
        sci.append(f"{v:>14.{p}e}")
check = 0
for s in sci:
    for ch in s:
        check = (check * 131 + ord(ch)) % 1000000007
print(len(sci), check, sci[:30], sci[-27:])
print(["%.3e" % v for v in (9.9996, 999.95, 1e-300, 1e300, 0.0, -0.0, 123456789012.0, 2**-1074)])


class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"


class F(float):
    def __format__(self, spec):
        return "F<" + spec + ">"


print("{0}|{0:>5}|{1}|{1:.2f}|{2}|{2:x}|{3}".format(S("ab"), F(1.5), 255, "plain"))
print("{}|{:}|{!s}|{!r}|{:^6}".format("é", "x", "y", "z", "mid"), f"{S('q')}|{F(2.0):e}")
