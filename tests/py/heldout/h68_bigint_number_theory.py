# Big-integer number theory: modular arithmetic, Fibonacci by doubling,
# Miller-Rabin, continued fractions, digit sums.
import math
from fractions import Fraction


def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return (d, c + d)
    return (c, d)


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
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def cont_frac(fr, limit=20):
    out = []
    while limit and fr.denominator != 0:
        q = fr.numerator // fr.denominator
        out.append(q)
        rest = fr - q
        if rest == 0:
            break
        fr = 1 / rest
        limit -= 1
    return out


f300 = fib_pair(300)[0]
print(f300)
print(len(str(f300)), f300.bit_length(), sum(map(int, str(f300))))
print(math.gcd(fib_pair(120)[0], fib_pair(90)[0]) == fib_pair(30)[0])
m127 = 2**127 - 1
print(is_probable_prime(m127), is_probable_prime(m127 + 2), is_probable_prime(2**61 - 1))
print([p for p in range(90, 130) if is_probable_prime(p)])
print(pow(3, -1, 1000003), pow(3, 10**20, 10**9 + 7))
fact = math.factorial(40)
print(fact, fact % (10**12), hex(fact), oct(fact)[:12])
print(f"{fact:,}", f"{fact:_x}", f"{-fact:>60}")
print(divmod(-fact, 7**20), (-fact) // 13, (-fact) % 13)
print(fact.to_bytes(20, "big").hex(), int.from_bytes(b"\xff" * 9, "little", signed=True))
print(int("zzzz_zzzz", 36), int("-0b1011", 0), int("  42  "))
print(math.isqrt(10**50 + 12345), math.comb(100, 37), math.perm(30, 10))
print(cont_frac(Fraction(415, 93)), cont_frac(Fraction(math.pi).limit_denominator(100000)))
x = 1 << 200
print(x >> 190, x & (x - 1), (x - 1) ^ (x >> 1), ~x, -x >> 3)
print(round(fact, -40), round(123456789, -3), abs(-x) == x)
print(str(10**100)[::-25], 10**100 // 3**60)
print((2**64).__index__(), (2**64 + 1) * (2**64 - 1) == 2**128 - 1)
print(Fraction(2**100, 3**50) + Fraction(1, 7), float(Fraction(2**100, 3**50)))
print(max(2**70, 2.0**70 + 1), 2**53 + 1 == float(2**53 + 1), 10**30 < 1e30 * 1.0000001)
