# Memoized recursive solvers with big integers, divmod and int conversions.
import functools

calls = 0


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    global calls
    calls += 1
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(100, 100), calls)
print(partitions.cache_info())

memo = {}


def catalan(n):
    if n in memo:
        return memo[n]
    if n <= 1:
        return 1
    r = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    memo[n] = r
    return r


c = catalan(120)
print(c)
print(len(str(c)), c % 1000000007, c.bit_length())


def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)


f = factorial(60)
print(f, f // 10**70, -f // 10**70, divmod(-f, 10**40))
print(f"{f:,}")
print(f"{f:e}", f"{f:.5g}", f"{f:x}"[:20], f"{-f:_d}"[:25])
print(2**256 - 1, hex(2**256 - 1)[:12], oct(2**70), bin(2**40 + 5))
print(int("1" * 40), int("-0x1f", 16), int("0x1F", 0), int("0b1011", 0), int("777", 8), int("z", 36))
print(int(" 42 "), int("1_000_000"), int(-3.99), int(7.9e20))
print(pow(3, 200, 10**9 + 7), pow(2, -1, 7), pow(-2, 101))
print((10**30) // 7, (10**30) % 7, -(10**30) // 7, -(10**30) % 7)
print((2**100).to_bytes(13, "big").hex(), int.from_bytes(b"\xff\x00" * 5, "little"))
print(abs(-(3**80)), (3**80) >> 100, (3**80) << 3, ~(2**65), -(2**65) & 0xFFFF)
print((7**77) ^ (5**55), (7**77) | 1, (10**25) == 10**25, 10**25 > 10**24 + 1)
print(round(123456789012345678901234567890, -10), round(2**70 / 3))
print(float(2**70), 2**70 / 2**68, 10**20 / 3, (10**400) // (10**399))
print(sum(range(10**6)), sum(x * x for x in range(1000)))
print(hash(2**61 - 1), hash(2**61), hash(-(2**64)), hash(10**30) == hash(10**30))
print(max(2**64, 2**64 + 1, -(2**70)), sorted([2**65, -1, 2**64, 0, -(2**66)]))
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(divmod(17, -5), divmod(-17, 5), -17 // 5, -17 % 5, 17 % -5, divmod(7.5, -2))
