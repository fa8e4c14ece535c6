# Held-out: big-integer math: factorials, RSA toy, digits, bit ops, conversions.
import math


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


p = 2**127 - 1
q = next(n for n in range(10**30 + 1, 10**30 + 1000, 2) if is_probable_prime(n))
print(is_probable_prime(p), q)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(d == egcd(e, phi)[1] % phi, (e * d) % phi)
msg = int.from_bytes("hello, big world".encode(), "big")
c = pow(msg, e, n)
back = pow(c, d, n)
print(c % 10**12, back == msg, back.to_bytes((back.bit_length() + 7) // 8, "big").decode())

f100 = math.factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], f100 % (10**9 + 7))
print(math.comb(100, 50), math.perm(20, 5), math.isqrt(10**40 + 12345), math.gcd(f100, 2**300))
print(math.lcm(*range(1, 30)), (-7) ** 3, (-2) ** 101 // 3, -(2**100) // 7, -(2**100) % 7)
x = 3**200
print(x.bit_length(), x.bit_count() if hasattr(x, "bit_count") else None, x >> 250, x & 0xFFFF, ~x % 1000)
print(divmod(-x, 10**20), abs(-x) == x, hash(2**61 - 1), hash(2**61), hash(-(2**70)))
print((1 << 200) | 1, (2**100 - 1) ^ (2**99), 10**30 // 3**20, 10**30 / 3**20)
print(int("1" * 50) * int("9" * 40), int("z" * 10, 36), format(2**70, "x"), format(-(2**70), "_d"))
print((2**64).to_bytes(9, "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((-1234567890123456789012).to_bytes(10, "big", signed=True).hex())
print(pow(3, 10**18, 10**9 + 9), pow(-3, 3), pow(2, -2), 5 ** 0.5 == math.sqrt(5))
fibs = [0, 1]
while len(fibs) < 300:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[-1] % 1000000007, math.gcd(fibs[299], fibs[200]) == fibs[math.gcd(299, 200)])
print(sorted([2**65, -(2**65), 3, 2**64 + 0.5, -1.5]), 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308)
print(round(2**70, -20), round(-(10**25) + 5, -1), int(1e22), float(2**1000) == 2.0**1000)
print(math.floor(-(10**30) / 7), math.ceil(10**20 / 3), (10**50).__round__(-48), True + 2**100)
try:
    float(10**400)
except OverflowError as exc:
    print("OverflowError:", exc)
try:
    (10**5).to_bytes(2, "big")
except OverflowError as exc:
    print("OverflowError:", exc)
try:
    pow(4, -1, 8)
except ValueError as exc:
    print("ValueError:", exc)
print(str(7**77)[-15:], repr(-(10**19)), 10**19 - 10**19 == 0, (2**100).__sizeof__() > 0)
