# Roman numerals, arbitrary base conversion and big-int identities.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
for bad in ["IIII", "VX", "MMMM", "IC"]:
    try:
        from_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    to_roman(0)
except ValueError as e:
    print("ValueError:", e)

big = 3 ** 200 - 7 ** 90
for b in (2, 3, 7, 16, 36):
    s = to_base(big, b)
    assert int(s, b) == big
    print(b, len(s), s[:20], s[-10:])
print(to_base(-255, 16), int("-ff", 16), int("0b1011", 0), int("0o777", 0), int("0x_dead_beef", 0))
print(int("1_000_000"), int("  42  "), int("z", 36), int("Zz", 36))
for bad in ["12a", "0x", "1__0", "", "9", "_1"]:
    try:
        int(bad, 8 if bad == "9" else 10)
    except ValueError as e:
        print("ValueError:", e)

f100 = 1
for i in range(2, 101):
    f100 *= i
print(f100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
print(f100.bit_length(), (f100 & -f100).bit_length() - 1, bin(f100).count("1"))
print(f"{f100:.3e}", f"{2**100:,}", f"{2**100:_x}", f"{-2**70:#o}", f"{2**64:>30}")
print(divmod(f100, 10**150), divmod(-(10**40), 7), (-(10**40)) // 7, (-(10**40)) % 7)
print(pow(2, 10**5, 10**9 + 7), pow(3, -1, 10**9 + 7), pow(12345678901234567890, 3))
n = 2**127 - 1
print(n, all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7, 11)))
print((10**50).to_bytes(21, "big").hex(), int.from_bytes(b"\xff" * 9, "little", signed=True))
print((-(2**70)).to_bytes(10, "little", signed=True).hex(), int.from_bytes(bytes(range(1, 12)), "big"))
try:
    (2**80).to_bytes(5, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(hex(2**200 // 3), oct(-(2**65)), bin(2**33 + 1))
print(2**64 == 18446744073709551616, 2**64 > 1.8e19, 10**400 > 1e308, float(2**1023) * 1.5)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(round(10**25 + 5, -1), round(-15, -1), round(25, -1), abs(-(10**30)), (10**30) ** 0.5)
print(sorted([10**20, -(10**19), 3, 2**64, -1]), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(int(1e22), int(-2.5e18), (7**77).__index__() % 1000, (-7) ** 3, 7 ** -2)
