# Int arithmetic whose values cross the small-int range in a hot loop (a
# 64-bit LCG: its state is a big int three times in four): such operations
# are residual calls taking ints of either form, so the trace does not exit
# when a value changes form; a non-int operand still leaves the trace.


def lcg(n):
    state = 7
    acc = 0
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        acc += (state >> 60) % 3 + (state >> 33) % 1000
        acc ^= state >> 40
    return state, acc


def mixed(values):
    # big and small ints, a bool and a float among them
    total = 0
    for v in values:
        x = v * 1000000007 + 3
        total = (total + x // 7 - x % 11) & ((1 << 70) - 1)
    return total


def shifts(n):
    out = []
    x = 1
    for i in range(n):
        x = (x << 3) | (i & 7)
        if x > 1 << 80:
            x >>= 61
        out.append(x % 1000)
    return sum(out), x


def divisions(n):
    # a zero divisor raises in the residual: the trace exits and the
    # interpreter raises
    r = 0
    for i in range(n):
        d = (i * 7919) % 5
        try:
            r += (1 << 64) // d
        except ZeroDivisionError:
            r -= 1
    return r


print(lcg(5000))
print(mixed([2**63 + i if i % 4 else i for i in range(600)] + [True, 5, 2**65]))
try:
    print(mixed([2**63, 2**64, 3] * 50 + [1.5]))
except TypeError as e:
    print("TypeError", e)
print(shifts(3000))
print(divisions(2000))
