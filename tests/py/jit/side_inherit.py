# Side traces that inherit their parent's exit values unboxed: loop nests
# whose inner loop exits carry floats, ints (small and overflowing into big
# ints), bools, None, objects, tuples and two locals holding one float; the
# side trace from the exhaustion exit reads them typed from the exit buffer.
# Also: an exception raised on the side trace's path, a value whose type
# changes in the outer body, and the identity of floats after the nest.
class Acc:
    def __init__(self):
        self.n = 0


def floats(n, m):
    total = 0.0
    last = 0.0
    for i in range(n):
        x = 0.5 * i
        for j in range(m):
            x = x * 1.0001 + j
            last = x
        total += x - last + x
    return total, last


def ints(n, m):
    big = 0
    for i in range(n):
        k = i
        for j in range(m):
            k = k * 3 + j
        big += k
    return big


def bools_and_objects(n, m):
    acc = Acc()
    hits = []
    seen = None
    for i in range(n):
        flag = False
        pair = (i, -i)
        for j in range(m):
            flag = j % 3 == i % 3
            seen = pair if flag else seen
            acc.n += 1
        if flag:
            hits.append(pair)
    return acc.n, len(hits), hits[:3], seen, flag


def same_float(n, m):
    out = []
    for i in range(n):
        a = float(i)
        for j in range(m):
            a = a + 0.25
            b = a
        out.append(a is b)
    return out.count(True)


def type_change(n, m):
    total = 0
    for i in range(n):
        v = 1
        for j in range(m):
            v = v + j
        if i > n // 2:
            v = v * 0.5
        total += v
    return total


def raises(n, m):
    out = 0.0
    try:
        for i in range(n):
            x = 1.0
            for j in range(m):
                x = x * 2.0
            out += x / (n // 2 - i)
    except ZeroDivisionError as e:
        return "raised", i, x, out, str(e)
    return out


def while_nest(n):
    i = 0
    acc = 0.0
    while i < n:
        j = 0
        f = 1.5
        while j < 7:
            f = f * 0.5 + j
            j += 1
        acc += f
        i += 1
    return acc, j, f


print(floats(40, 9))
print(ints(40, 45))
print(bools_and_objects(40, 5))
print(same_float(40, 4))
print(type_change(40, 6))
print(raises(40, 6))
print(while_nest(50))
