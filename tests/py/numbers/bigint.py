# Arbitrary-precision ints: overflow past 63/64 bits, mixed big/small arithmetic, comparison, str.
a = 2 ** 62
b = a * 2
c = b * 2
print(a, b, c, c - b - a - a)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387903 + 1, -4611686018427387904 - 1)
big = 123456789012345678901234567890
print(big * big)
print(big + 1, big - big, -big, abs(-big))
print(big // 7, big % 7, big // -7, big % -7)
print(big > 10 ** 29, big < 10 ** 29, big == 123456789012345678901234567890)
print(10 ** 40 // 10 ** 20 == 10 ** 20)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 26) % 1000003)
print(-(2 ** 63), 2 ** 63 - 1, -(2 ** 63) // 2)
print(int("987654321987654321987654321"), str(2 ** 90), len(str(7 ** 77)))
print((2 ** 100) / (2 ** 98), float(2 ** 80))
print(2 ** 64 & 2 ** 65 - 1, (2 ** 70) >> 60, 1 << 70, -(1 << 70) >> 3)
fib_a, fib_b = 0, 1
for _ in range(200):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
