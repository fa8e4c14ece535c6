# Roman numerals, base conversion and checksums: int methods, divmod, str.join, dict ordering.
NUMERALS = {1000: "M", 900: "CM", 500: "D", 400: "CD", 100: "C", 90: "XC",
            50: "L", 40: "XL", 10: "X", 9: "IX", 5: "V", 4: "IV", 1: "I"}


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range for roman numerals")
    out = []
    for value, sym in NUMERALS.items():
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {v: k for k, v in NUMERALS.items() if len(v) == 1}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        va, vb = values[a], values.get(b, 0)
        total += -va if va < vb else va
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
for bad in (0, 4000, -5):
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    digits = []
    while n:
        n, r = divmod(n, base)
        digits.append(DIGITS[r])
    return sign + "".join(reversed(digits))


for n in [0, 255, -255, 2**64, 10**30 + 7]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row[2], row[3], int(row[3], 36) == n, row[0] == format(n, "b"), len(row[1]))


def luhn(number):
    digits = [int(c) for c in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


print([luhn(n) for n in (79927398713, 79927398710, 4111111111111111, 1234567812345678)])


def isbn10(s):
    s = s.replace("-", "")
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
    return total % 11 == 0


print(isbn10("0-306-40615-2"), isbn10("0-306-40615-3"), isbn10("0-8044-2957-X"))
print(int.from_bytes(b"pyvm", "big"), (1886680429).to_bytes(4, "big"), (-2).to_bytes(2, "big", signed=True))
print(sum(int(d) for d in str(2**1000)), len(str(3**1000)), str(7**50)[-10:])
print(bin(0b1011 << 3), 0o777 & 0b101010, 0xdead_beef, 1_000 * 1_000, hex(-(2**70)))
print(f"{0xff:08b}", f"{-42:#x}", f"{2**40:o}", int("ZZ", 36), int("-0b11", 0), int("0_7", 10))
print(divmod(10**20, 3**20), pow(10, 20, 3**20), (10**20).bit_length(), abs(-10**20) // 10**19)
