# Big integers: Miller-Rabin, modular inverses, CRT, fast Fibonacci, to_bytes/from_bytes, digit sums.
import math


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
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


def next_prime(n):
    n += 1 if n % 2 == 0 else 2
    while not is_probable_prime(n):
        n += 2
    return n


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n & 1 else (c, d)


def crt(residues, moduli):
    x, m = 0, 1
    for r, mod in zip(residues, moduli):
        g = math.gcd(m, mod)
        if (r - x) % g:
            raise ValueError(f"no solution for x = {r} mod {mod}")
        step = (r - x) // g * pow(m // g, -1, mod // g) % (mod // g)
        x += m * step
        m = m * mod // g
        x %= m
    return x, m


p = next_prime(2 ** 127 - 50)
q = next_prime(10 ** 40)
print(p, p == 2 ** 127 - 1, q)
print([n for n in range(90, 130) if is_probable_prime(n)])
print(is_probable_prime(561), is_probable_prime(2 ** 89 - 1), is_probable_prime(2 ** 89 + 1))
n = p * q
e = 65537
phi = (p - 1) * (q - 1)
d = pow(e, -1, phi)
msg = int.from_bytes("held-out round six".encode(), "big")
c = pow(msg, e, n)
back = pow(c, d, n)
print(hex(c)[:20], back == msg, back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print(n.bit_length(), len(str(n)), f"{n:.5e}", n % 1_000_007, -n // 10 ** 50, divmod(-n, 10 ** 60)[0])

f1000 = fib_pair(1000)[0]
print(str(f1000)[:30], len(str(f1000)), sum(map(int, str(f1000))))
print(math.gcd(fib_pair(300)[0], fib_pair(200)[0]) == fib_pair(100)[0])
fact = math.factorial(200)
zeros = len(str(fact)) - len(str(fact).rstrip("0"))
print(zeros, fact.bit_length(), math.isqrt(fact) ** 2 <= fact < (math.isqrt(fact) + 1) ** 2)
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 3], [4, 6]))
try:
    crt([1, 2], [4, 6])
except ValueError as e:
    print(e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print(e)
print((-12345678901234567890).to_bytes(10, "little", signed=True).hex(" "))
print(int.from_bytes(b"\xff" * 9, "big", signed=True), int("z" * 12, 36), int("-0b1010_1010", 0))
print(f"{2**100:_}", f"{2**70:,}", f"{-(3**50):>40}", f"{7**30:o}", format(10**25, "X"))
print((1 << 200) >> 197, (-1 << 100) >> 99, ~(2**65), (2**65) ^ (2**64 - 1), (2**80) & -(2**79))
print(math.comb(100, 50), math.perm(30, 10), math.lcm(*range(1, 40)))
print(10**30 // 7, 10**30 % -7, round(10**30 / 3), (10**30).__round__(-29), abs(-(10**30)))
