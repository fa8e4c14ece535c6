# pow with modulus (incl. negative exponents), divmod and floor-division signs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: pow(3, 4, 5))
t(lambda: pow(3, 200, 13))
t(lambda: pow(-3, 3, 7))
t(lambda: pow(3, 3, -7))
t(lambda: pow(3, -1, 7))
t(lambda: pow(38, -1, 97))
t(lambda: pow(2, -1, 4))
t(lambda: pow(3, -2, 7))
t(lambda: pow(5, 0, 1))
t(lambda: pow(5, 3, 0))
t(lambda: pow(2, 10**3, 10**9 + 7))
t(lambda: pow(2**100, 2**50, 10**20 + 39))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 0.5))
t(lambda: pow(-8, 1 / 3))
t(lambda: pow(2, -2))
t(lambda: pow(0, -1))
t(lambda: pow(0.0, -1))
t(lambda: pow(base=2, exp=5))
t(lambda: pow(2, 5, mod=3))
t(lambda: 2 ** -1)
t(lambda: (-2) ** 0.5)
for a in [7, -7, 0, 2**70, -(2**70)]:
    for b in [3, -3, 2**65, -(2**65)]:
        print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (1e300, 1e-300), (5, 0.5)]:
    t(lambda: (a // b, a % b, divmod(a, b)))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: 1 % 0)
t(lambda: 1.0 // 0.0)
t(lambda: divmod("a", 1))
t(lambda: 10**20 // 3)
t(lambda: -(10**20) // 3)
t(lambda: (10**20) % -7)
t(lambda: 7 // True)
