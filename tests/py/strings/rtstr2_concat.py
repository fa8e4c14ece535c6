# str concatenation: the result's width from the operands' kinds (ASCII,
# Latin-1, BMP, astral), `+=` in hot loops (the JIT's residual str `+`),
# equality and hashing of the results against strs built another way.
parts = ["", "a", "ab", "\xe9", "caf\xe9", "\u20ac", "x\u20acy", "\U0001f600", "q\U0001f600",
         "\x7f", "\x80", "\xff", "\u0100"]
seen = []
for x in parts:
    for y in parts:
        z = x + y
        w = "".join([x, y])
        seen.append((len(z), z == w, hash(z) == hash(w), z.isascii(), max(z) if z else "",
                     ascii(z)))
print(len(seen), seen[:30])
print(seen[-30:])


class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)

    def __radd__(self, other):
        return "+S" + other


def hot(n):
    acc = ""
    wide = ""
    mixed = []
    for i in range(n):
        acc += "ab"[i % 2]
        wide += ("\xe9", "\u20ac", "z", "\U0001f600")[i % 4]
        if i % 97 == 0:
            mixed.append(S("s") + "t")
            mixed.append("u" + S("v"))
            mixed.append(acc[-3:] + wide[-2:])
    return acc, wide, mixed


acc, wide, mixed = hot(3000)
print(len(acc), acc[-6:], len(wide), ascii(wide[-8:]), wide.count("\u20ac"), mixed[:9])
print(wide == "".join(("\xe9", "\u20ac", "z", "\U0001f600")[i % 4] for i in range(3000)))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
