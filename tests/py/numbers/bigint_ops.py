# Big-integer arithmetic, shifts, bitwise ops, comparisons, hashing, str/repr.
a = 3**200
b = -(7**150)
print(a + b, a - b, a * b)
print(a // 12345, a % 12345, b // 98765, b % 98765)
print(a // b, a % b)
print(a >> 100, b >> 100, b >> 1000, 1 << 200, -1 << 100)
print(a & b, a | b, a ^ b, ~a, ~b)
print(a & 0xFFFF, b & 0xFFFF, b | 0xFF, b ^ -1)
print(a > b, a == 3**200, a != a + 1, -a < b)
print(abs(b), -b, +b)
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100), hash(-1), hash(-2))
print(str(10**50), repr(-(10**50)))
print(int(str(a)) == a)
print(a.bit_length(), (a * a).bit_length())
print(2**64 - 1, 2**63, -(2**63), (2**63) * 2)
print(sum(range(10**6, 10**6 + 100)) * 10**30)
x = 1
for i in range(1, 60):
    x *= i
print(x)
print(x // (x // 7), x % (10**9 + 7))
print(round(123456789123456789, -5), round(-15, -1), round(25, -1), round(35, -1))
print(float(2**100), float(-(2**1023)))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
print(2**1024 > 1e308, 2**1024 < float("inf"), 2**53 + 1 == float(2**53 + 1))
print(10**20 / 10**10, 7 / 2, -7 / 2, (2**80) / (2**78))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(0 << 1000, 5 >> 1000, -5 >> 1000)
