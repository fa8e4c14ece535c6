# Toy RSA and number theory with big ints: pow with modulus and inverse, to_bytes/from_bytes, isqrt, gcd/lcm, CRT.
import math
from functools import reduce

p = 2**127 - 1
q = 2**89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n.bit_length(), len(str(n)), hex(n)[:20], (e * d) % phi)

msg = "Attack at dawn! ⚔".encode()
m = int.from_bytes(msg, "big")
c = pow(m, e, n)
back = pow(c, d, n)
print(m < n, c != m, back == m)
print(back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print(m.to_bytes(24, "little").hex())
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as err:
    print("OverflowError:", err)


def crt(residues, moduli):
    N = reduce(lambda a, b: a * b, moduli)
    total = 0
    for r, mi in zip(residues, moduli):
        Ni = N // mi
        total += r * Ni * pow(Ni, -1, mi)
    return total % N


print(crt([2, 3, 2], [3, 5, 7]), crt([c % p, c % q], [p, q]) == c)
print(math.gcd(2**64, 6**40), math.lcm(12, 18, 30), math.gcd(), math.lcm())
big = 10**50 + 151
print(math.isqrt(big), math.isqrt(big) ** 2 <= big < (math.isqrt(big) + 1) ** 2)


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for b in bases:
        if n % b == 0:
            return n == b
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


print([k for k in range(80, 130) if is_probable_prime(2**k - 1)])
print(is_probable_prime(p), is_probable_prime(n), is_probable_prime(2**61 - 1))
print(f"{n:,}"[:30], f"{n:_x}"[:25], f"{p:e}", f"{q:>40}")
print(divmod(-n, 10**20), -n // 7, -n % 7, (-n) >> 100, n & ~(2**64 - 1) == n - (n % 2**64))
print(math.comb(200, 100) % 10**20, math.perm(30, 10), math.factorial(30) // math.factorial(20))
print(sum(int(ch) for ch in str(2**1000)), str(3**200)[-12:], int("1" * 60, 2), int("zz" * 10, 36))
print(pow(3, 10**18, 10**9 + 7), pow(-3, 5), pow(2, -2), (7**77).bit_count())
try:
    pow(6, -1, 9)
except ValueError as err:
    print("ValueError:", err)
