# Big-int fast paths: bit operations on non-negative 128-bit words (beyond
# the signed range too), mixed signs, comparisons read in place (big with
# small, negative, int subclasses, bools), the 64-bit LCG of wordcount.
vals = [0, 1, 7, 2**62 - 1, 2**62, 2**63, 2**64 - 1, 2**64, 2**127 - 1, 2**127, 2**127 + 5,
        2**128 - 1, 2**128, 2**200 + 3, 0xFFFFFFFFFFFFFFFF, 6364136223846793005]
vals += [-v for v in vals if v]
res = []
for a in vals:
    for b in vals:
        res.append((a & b, a | b, a ^ b, a < b, a <= b, a == b, a > b, a >= b, a != b))
check = 0
for t in res:
    for x in t:
        check = (check * 1000003 + hash(x)) % (2**61 - 1)
print(len(res), check)
print(res[5 * len(vals) + 9], res[-1], res[len(vals) * 10 + 11])
state = 12345
out = []
for _ in range(2000):
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    out.append((state >> 60) % 3)
    out.append((state >> 8) % 10)
print(state, sum(out), out[:20])


class I(int):
    pass


big = I(2**100)
print(big > 5, big < 2**101, I(3) == 3, 2**70 > I(-1), True < 2**65, -(2**65) < False)
print(sorted([2**65, -(2**65), 3, I(2**64), True, -1, 2**64 + 1]))
print((2**130 + 1) & I(2**130 + 3), I(5) | 2**127, 2**127 ^ True)
