# Small-int loops as the JIT compiles them: overflow into big ints, shifts,
# floor division and modulo with negative operands, true division.
def overflow(n):
    x = 1
    for i in range(n):
        x = x * 7 + i
    return x


def shifts(n):
    out = []
    for i in range(n):
        a = (i << (i % 70)) >> (i % 5)
        b = -i >> 200
        out.append(a + b)
    return out


def divmods(n):
    acc = 0
    for i in range(-n, n):
        d = i % 7 + 1
        acc += i // d - i % d + i // 4 + i % 8 + i // -3
    return acc


def truediv(n):
    s = 0.0
    for i in range(1, n):
        s += (i * 3) / (i + 1) + i / 4
    return s


def bits(n):
    state = 2463534242
    ones = 0
    for i in range(n):
        state ^= (state << 13) & 0xFFFFFFFF
        state ^= state >> 17
        state ^= (state << 5) & 0xFFFFFFFF
        ones += state & 1
    return state, ones


def neg(n):
    t = 0
    for i in range(n):
        t = -t + i
    return t


print(overflow(10), overflow(40), overflow(100))
print(shifts(80)[-5:])
print(divmods(300))
print(truediv(500))
print(bits(3000))
print(neg(1001))
def near_limit(start):
    # Sums cross the small-int range (2**62) and then int64 itself.
    t = 0
    for i in range(start, start + 20):
        t += i * 3
    return t


print(near_limit(2**60), near_limit(-2**60 - 20), near_limit(2**61 - 7))
