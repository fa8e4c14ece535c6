# Bitwise operators on small and big ints, including negatives and shifts.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (255, 0)]:
    print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1 << 62, 1 << 63, 1 << 100, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 70)
print((2 ** 100 - 1) & 0xFFFF, (2 ** 100) | 1, (2 ** 100 + 5) ^ (2 ** 100))
print(-(2 ** 80) & 0xFF, ~(2 ** 70), -(2 ** 70) >> 65)
x = 0
for i in range(0, 40, 3):
    x |= 1 << i
print(x, x & 0xABCDEF)
