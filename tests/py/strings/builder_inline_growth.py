# Texts built piece by piece (format, %, f-strings, json) around the size where
# the builder leaves its inline buffer, with Latin-1 and wider characters.
import json

for n in (0, 1, 119, 120, 121, 240, 1000):
    s = "%s|" % ("x" * n)
    t = "{:>{}}".format("y", n)
    u = f"{'z' * n}{n:05d}"
    print(n, len(s), len(t), len(u), s[-3:], t[-3:], u[-8:])

for n in (118, 119, 120, 121, 122):
    base = "a" * n
    print(n, ascii("%s\xe9" % base)[-6:], ascii("%s\u20ac%s" % (base, base))[-4:],
          ascii(f"{base}\U0001f600{n}")[-16:], len("%s\xe9\u20ac" % base))

print(ascii("%s-%s" % ("\xe9" * 130, "\u0100" * 3))[-20:])
print(len("{}{}".format("\xff" * 200, "\U00010000")))
print("%-130s|" % "left", "%130s|" % "right")
print(("%d," * 50) % tuple(range(50)))
print("{:,}".format(10**60), f"{10**60:_x}")
print(f"{'mid':*^200}"[95:105])
print(json.dumps({"k" * 150: ["v" * 130, 1.5, None, "\xe9" * 3]})[-40:])
print(json.dumps(["a" * 200, {"b": "c" * 121}], indent=2)[-30:])
print(repr("q" * 125 + "'")[-6:], repr("\u20ac" * 130)[-5:])
