# math.fsum, prod and the exact integer functions.
import math


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum([1e100, 1.0, -1e100]))
print(math.fsum([1e308, 1e308, -1e308]) if False else attempt(math.fsum, [1e308, 1e308]))
print(math.fsum([math.inf, 1.0]), attempt(math.fsum, [math.inf, -math.inf]),
      math.fsum([math.nan, 1.0]), math.fsum([1, 2, 3]), math.fsum(range(100)))
print(math.fsum([1.0, 1e-16, 1e-16, -1.0]), math.fsum([2.0**53, 1.0, 2.0**-60]),
      math.fsum([0.3, -0.1, -0.2]), math.fsum([1 / n for n in range(1, 1000)]))
print(math.fsum([(-1) ** k / (2 * k + 1) for k in range(10000)]) * 4)
print(attempt(math.fsum, 3), attempt(math.fsum, ["a"]), attempt(math.fsum, [10**400]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 30)),
      math.prod([1, 2], start=3), math.prod([], start="x"), math.prod(["ab"], start=3))
print(attempt(math.prod), attempt(math.prod, [1], 2), attempt(math.prod, [1, "a"]))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 10**10, 10**20 + 3, 2**200, 10**100, True]:
    print("isqrt", n, math.isqrt(n))
print(attempt(math.isqrt, -1), attempt(math.isqrt, 2.0), attempt(math.isqrt, "a"))
print([math.factorial(n) for n in range(12)], math.factorial(50), math.factorial(True))
print(len(str(math.factorial(1000))))
print(attempt(math.factorial, -1), attempt(math.factorial, 5.0), attempt(math.factorial, 10**20),
      attempt(math.factorial, -(10**20)))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27),
      math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5),
      math.lcm(2**64, 3**40), math.lcm(-4, 6))
print(attempt(math.gcd, 1.5), attempt(math.lcm, 2.0), attempt(math.gcd, 1, "a"))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10**20, 2),
      math.comb(5, 0), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(30, 10))
print(attempt(math.comb, -1, 2), attempt(math.comb, 5, -1), attempt(math.perm, 5, -1),
      attempt(math.comb, 5.0, 2), attempt(math.comb, 10**20, 10**19),
      attempt(math.perm, 10**20, 10**19), attempt(math.comb, 10**20, 10**20 - 1))
print(attempt(math.perm), attempt(math.comb, 1), attempt(math.perm, 1, 2, 3))
