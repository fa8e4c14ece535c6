# Float formatting laid out without temporaries (float_to_chars): %-style
# e/f/E/F with flags, format specs f/e/E/F/empty with sign, z, grouping,
# fill and width, around the fast path's limits (precision 99/100, '#',
# non-finite values, repr outside the positional range).
values = [0.0, -0.0, 1.0, -1.5, 0.37, 123.456, 118399.63, 1e-4, 9.99e-5, 1e16, 1e15 + 0.3,
          -2.5e-7, 1e300, -1.7976931348623157e308, 5e-324, 0.005, -0.0049, 2.675, 1 / 3,
          float("inf"), float("-inf"), float("nan")]
for v in values:
    print("%f|%.2f|%5.2f|%-9.1f|%+.3e|%E|%F|%010.3f|% .0f|%#.0f|%#e|%.0e" %
          (v, v, v, v, v, v, v, v, v, v, v, v))
    print(f"{v:f}|{v:.3e}|{v:E}|{v:10.4f}|{v:+.1f}|{v:z.1f}|{v:,.2f}|{v:_.3f}|{v:*^16.2e}|"
          f"{v:=+12.2f}|{v}|{v:}|{v:.2}|{v:#}|{v:#.0f}|{v:F}|{v:.0E}")
    print("{0:>8}/{0:.3e}/{0!r}/{0:010.2f}".format(v), repr(v), str(v))
for p in [0, 1, 17, 98, 99, 100, 101]:
    x = 1 / 7
    s1 = "%.*f" % (p, x)
    s2 = format(x, ".%de" % p)
    s3 = format(-x * 1e20, ".%df" % p)
    print(p, len(s1), s1[:30], len(s2), s2[-8:], len(s3), s3[:25])
print(format(-0.0, "z.2f"), format(-0.001, "z.2f"), format(-0.001, "z.2e"), f"{-0.0:z}")
print("%.3f %.3e" % (10**20, 7), f"{12345678901234567890:.2f}", format(3, ".1e"))
print([f"{i * 0.37:10.4f}" for i in range(0, 2000, 173)])
print(["%5.2f" % (i * 0.37) for i in range(0, 2000, 173)])
print(["{:.3e}".format(i * 0.37) for i in range(0, 2000, 173)])
print(complex(1.5, -0.0), format(complex(1, 2), ".2f"), format(2.5 + 0j, ""))
