# float __format__ specs: fixed, exponent, general, percent, grouping, alignment.
vals = [0.0, -0.0, 1.0, 3.14159, -2.5, 1234567.891, 1e-7, 1e20, 0.5, 123.0]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "^12.2e", "+.3g", " g", "g", ".0f",
         ".0e", "e", "%", ".1%", ",", ",.2f", "_.3f", "010.2f", "#.0f", "#g",
         ".3", "n", "E", "G", ".10g", "-^+15,.4f", "=+10.1f", "x<9.2f", ".15g", ".17g"]
for v in vals:
    print(" ".join("[" + format(v, s) + "]" for s in specs))
print(format(1e16, ""), format(1e16, "g"), format(12345.0, ".3"), format(0.0001, ".3"))
print(format(float(2**60), ","), format(1e100, ".2f")[:20])
print("{:.2f} {:>8.3e} {:<8g}|".format(2.0 / 3, 12345.678, 0.00001234))
for bad in ["d", "x", "s", "c", ".2d", "=s"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(1.5, ",_f")
except ValueError as e:
    print("ValueError:", e)
