# Held-out: big integer arithmetic, conversions, bit operations.
import math

f = math.factorial(60)
print(f)
print(f.bit_length(), len(str(f)), f % 1000007, f // 10**70 if f > 10**70 else f // 10**40)
a = 2 ** 200 - 1
b = 3 ** 120
print(a * b)
print(a // b, a % b, divmod(-a, b))
print(-a // 7, -a % 7, a & b, a | b, a ^ b, ~a)
print(a >> 100, b << 3, (-a) >> 150, 1 << 130)
print(pow(3, 10**4, 10**9 + 7), pow(2, -1, 97), pow(12345678901234567890, 3))
print(int("1" * 40), int("-0x" + "f" * 30, 16), int("zz" * 10, 36), int("0b1011", 0), int("1_000_000"))
print(hex(a), oct(b)[:30], bin(2**70 + 5))
n = 123456789 ** 7
print(n.to_bytes(24, "big").hex(), int.from_bytes(n.to_bytes(24, "little"), "little") == n)
print((-5).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(math.gcd(2**100, 6**50), math.lcm(12, 18, 2**70), math.isqrt(10**50 + 12345))
print(math.comb(100, 50), math.perm(30, 10))
print(sum(range(10**6)), sum(i * i for i in range(1000)))
print(abs(-(10**30)), -(10**30) < 5, 10**30 == 10.0**30, 10**30 < float("inf"), 2**1000 > 1e300)
print(float(2**100), int(1e30), int(float(2**63)), round(10**25 / 3))
print(10**40 / 10**20, 7 ** 77 // 7 ** 75, (10**20 + 1) * (10**20 - 1))
print(hash(2**100) == hash(2**100), hash(10**30) % 1000, hash(-1), hash(-2))
print(str(-(2**255))[:20], len(str(2**10000)))
x = 1
for i in range(1, 30):
    x *= i * (2**i - 1)
print(x)
print(x.bit_count() if hasattr(x, "bit_count") else "", (x).bit_length())
print(format(2**100, ","), format(-(2**80), "x"), f"{3**50:>50}")
print(max(2**70, 2**69 * 3 // 2), min([-(2**90), 5, 2**3]), sorted([2**65, -(2**65), 0, 2**64]))
print(divmod(10**30, -7), (-(10**30)) // -7, 10**30 % -7)
print(int.__name__, (2**80).real, (2**80).imag, (2**80).numerator, (2**80).denominator)
print(True + 2**64, 2**64 * False, (2**64).conjugate())
print(math.factorial(25) // math.factorial(20), math.prod(range(1, 26)) == math.factorial(25))
print(int("9" * 50) + 1 == 10**50, str(10**50 - 1).count("9"))
