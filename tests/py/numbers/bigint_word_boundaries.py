# Int arithmetic around the word boundaries (2**62 small-int range, 2**63,
# 2**64, 2**128, 2**256) with both signs: the operators that run on operand
# views and short inline results must agree with arbitrary precision.
values = []
for base in (2**62, 2**63, 2**64, 2**127, 2**128, 2**255, 2**256):
    for delta in (-2, -1, 0, 1):
        values.append(base + delta)
        values.append(-(base + delta))
values += [0, 1, -1, 3, -7, 10, 2**31, -(2**40) + 5, 6364136223846793005]

acc = 0
lines = 0
for a in values:
    for b in values:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b != 0:
            r += [a // b, a % b, divmod(a, b)]
        if 0 <= b < 300:
            r += [a >> b, a << (b % 70)]
        for x in r:
            acc = (acc * 1000003 + hash(x)) % (2**61 - 1)
        lines += 1
print(lines, acc)

# Spot checks, printed in full.
print(2**62 - 1 + 1, -(2**62) - 1, 2**63 * 2**63, (2**64 - 1) * (2**64 - 1))
print((2**64 + 5) // 3, (2**64 + 5) % -3, -(2**64) // 7, -(2**64) % 7)
print((2**128 - 1) & (2**64 + 3), -(2**64) | 5, -(2**63) ^ (2**64 - 1))
print((2**64) >> 1, -(2**64) >> 63, -(2**64 + 1) >> 64, (2**130) >> 200, -(2**130) >> 200)
print(type(2**64 - 2**64), 2**64 - 2**64 + 1, (2**63) // (2**63), -(2**62) - 0)

# The 64-bit LCG of the wordcount benchmark.
state = 12345
for _ in range(1000):
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
print(state, state >> 60, hex(state))

# Errors keep their messages.
for f in (lambda: (2**64) // 0, lambda: (2**64) % 0, lambda: 5 >> -(2**64), lambda: (2**64) >> -1):
    try:
        f()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)

# Int subclasses and bools as operands.
class MyInt(int):
    pass

m = MyInt(2**64 + 1)
print(m + 1, m * m, m & True, True + 2**64, m // MyInt(3), type(m - m))
print(int.from_bytes(b"\xff" * 16, "little"), (2**100).bit_length(), -(2**64) < -(2**63))
print(sorted([2**64, -(2**64), 2**63, 1, -(2**63 + 1), 2**128]))
d = {2**64: "a", 2**64 + 1: "b"}
print(d[2**63 * 2], d.get((2**64 + 1) * 1), hash(2**64) == hash(2**64 + 0))
