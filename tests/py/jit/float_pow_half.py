# x ** 0.5 and math.pow(x, 0.5) in compiled loops and in the interpreter:
# bit-identical to CPython (libm's pow) on random doubles of every
# magnitude, roots near a midpoint between two doubles, powers of two,
# denormals, zeros, infinities, NaN and negative bases (a complex result).
import math
import struct


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def lcg(state):
    return (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF


def roots(values):
    # The roots come from a compiled loop; the hash is taken apart from it.
    rs = [0.0] * len(values)
    for i in range(len(values)):
        rs[i] = values[i] ** 0.5
    h = 0
    for i, x in enumerate(values):
        h = ((h * 1000003) ^ bits(rs[i])) & 0xFFFFFFFFFFFFFFFF
        h = ((h * 1000003) ^ bits(math.pow(x, 0.5))) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    state = 42
    values = []
    for i in range(1200):
        state = lcg(state)
        values.append(from_bits(state & 0x7FEFFFFFFFFFFFFF))
    # Squares of midpoints between neighbouring doubles in [1, 2): the hard cases.
    for i in range(1200):
        state = lcg(state)
        s = 1.0 + (state >> 12) * 2.0 ** -52
        m = s + 2.0 ** -53
        sq = m * m
        values.append(sq)
        values.append(math.nextafter(sq, 0.0))
        values.append(sq * 2.0 ** 300)
    values += [2.0 ** k for k in range(-1074, 1024, 37)]
    values += [4.0, 0.25, 1.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]
    print(roots(values))
    for x in [0.0, -0.0, float("inf"), 2.0, 1e-310, 1e300]:
        r = [x ** 0.5 for _ in range(3)]
        print(x, r[0], math.pow(x, 0.5))
    print(float("nan") ** 0.5)
    for x in [-4.0, -2.0]:
        print(x ** 0.5)
    acc = 0.0
    for i in range(1, 3000):
        acc += (i * 0.37) ** 0.5
    print(acc)
    try:
        math.pow(-1.0, 0.5)
    except ValueError as e:
        print("ValueError", e)
    print(float("-inf") ** 0.5)


main()
