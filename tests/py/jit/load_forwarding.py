# Loads a trace may reuse (list length and items, attributes) next to the
# stores and calls that change them: aliased lists, stores read back, lists
# that grow or shrink inside the loop, attributes rebound between reads.


def aliased(n):
    a = [1.0, 2.0, 3.0, 4.0]
    b = a
    out = []
    for i in range(n):
        x = a[1]
        b[1] = x + 1.5
        y = a[1]
        a[2] -= y
        out.append((x, y, b[2]))
    return out


def store_then_load(n):
    a = [0.5] * 6
    total = 0.0
    for i in range(n):
        k = i % 6
        a[k] = a[k] * 1.5 + i
        total += a[k] + a[(k + 1) % 6]
    return total, a


def grow_and_shrink(n):
    a = [1, 2, 3]
    seen = []
    for i in range(n):
        if len(a) > 1:
            seen.append(a[len(a) - 1] + a[0])
        if i % 3 == 0:
            a.append(i)
        elif i % 3 == 1:
            a.pop()
        else:
            del a[0]
            seen.append(len(a))
    return seen, a


def swap_rows(n):
    m = [[float(i * 4 + j) for j in range(4)] for i in range(4)]
    acc = 0.0
    for i in range(n):
        r = m[i % 4]
        s = m[(i + 1) % 4]
        acc += r[0] + s[0]
        m[i % 4], m[(i + 1) % 4] = s, r
        acc += m[i % 4][0] * 0.5
        r[1] += acc
    return acc, m


class Box:
    def __init__(self, v):
        self.v = v
        self.w = 0.0


def attributes(n):
    b = Box(1.0)
    c = b
    out = 0.0
    for i in range(n):
        x = b.v
        c.v = x * 0.5 + i
        out += b.v + x
        if i % 7 == 0:
            c.w = out
        out -= b.w * 0.001
    return out


def slice_assign(n):
    a = [1.0, 2.0, 3.0, 4.0, 5.0]
    acc = 0.0
    for i in range(n):
        acc += a[2]
        if i % 5 == 0:
            a[1:3] = [float(i), -float(i), 0.25]
        acc += a[2] + len(a)
        if len(a) > 12:
            a[:] = [1.0, 2.0, 3.0]
    return acc, a


def same_list_both_sides(n):
    pairs = []
    x = [1.0, 2.0, 3.0]
    y = [4.0, 5.0, 6.0]
    pairs.append((x, y))
    pairs.append((x, x))
    pairs.append((y, x))
    for _ in range(n):
        for a, b in pairs:
            d = a[0] - b[0]
            a[1] -= d * 0.5
            b[1] += d * 0.25
            a[0] += 0.125
    return x, y


print(aliased(80)[-3:])
print(store_then_load(100))
print(grow_and_shrink(90))
print(swap_rows(60))
print(attributes(100))
print(slice_assign(70))
print(same_list_both_sides(40))
