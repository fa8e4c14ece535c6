# Side traces: guards whose exits get hot inside compiled loops (a branch
# that flips after some iterations, alternating branches, a value whose type
# changes), so the JIT records side traces from those exits and links them
# back to the loop; the results must not change. The last one raises from a
# path a side trace covers, with its traceback.
def flip(n, at):
    total = 0
    for i in range(n):
        if i < at:
            total += i
        else:
            total -= 2 * i
    return total


print(flip(400, 100), flip(1000, 3), flip(50, 60))


def alternate(n):
    a = 0
    b = 0.0
    for i in range(n):
        if i % 3 == 0:
            a += i
        elif i % 3 == 1:
            b += i * 0.5
        else:
            a -= 1
            b *= 0.999
    return a, round(b, 6)


print(alternate(3000))


def while_flip(n):
    i = 0
    odd = 0
    even = 0
    while i < n:
        if i & 1:
            odd += i * i
        else:
            even += i
        i += 1
    return odd, even


print(while_flip(2000))


def type_changes(values):
    t = 0
    for v in values:
        if v > 2:
            t = t + v * 2
        else:
            t = t + v
    return t


print(type_changes(list(range(200)) + [0.5] * 50 + [3] * 50 + [10**20] * 3 + [1] * 30))


def overflow_side(n):
    x = 1
    out = []
    for i in range(n):
        if i % 7 == 0:
            x = x * 1000003
        else:
            x += i
        if i % 50 == 0:
            out.append(x % 1000000007)
    return out, x.bit_length()


print(overflow_side(400))


class Point:
    def __init__(self, x):
        self.x = x


def attr_side(points):
    s = 0
    for p in points:
        if p.x % 2:
            s += p.x
        else:
            p.x = p.x + 1
    return s, sum(p.x for p in points)


print(attr_side([Point(i) for i in range(300)]))


def raises_late(data, limit, extra):
    s = 0
    for i in range(len(data) + extra):
        if i % 2:
            s += data[i]
        else:
            s -= 1
        if s > limit:
            s = 0
    return s


print(raises_late(list(range(300)), 1000, 0))
print(raises_late(list(range(100)), 10**9, 0))


# The else arm becomes a side trace after the flip; its index guard fails at
# the end and the interpreter raises IndexError with the traceback.
def side_raise(data, at, extra):
    s = 0
    for i in range(len(data) + extra):
        if i < at:
            s += 1
        else:
            s += data[i]
    return s


print(side_raise(list(range(300)), 100, 0))
print(side_raise(list(range(500)), 100, 3))
