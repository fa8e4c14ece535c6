# List slices in hot loops: BUILD_SLICE fused with the list subscript (read and
# assignment), with small-int and None bounds, negative steps, bounds that
# change type mid-loop, zero steps, extended-slice size mismatches and
# values that are not lists or tuples.


def reversals(n):
    perm = list(range(n))
    total = 0
    for k in range(200):
        j = k % n
        perm[: j + 1] = perm[j::-1]
        total += perm[0] * 3 + perm[-1]
    return total, perm


def reads(xs):
    out = []
    for i in range(len(xs) + 3):
        out.append(xs[i:])
        out.append(xs[:i])
        out.append(xs[i : i + 2])
        out.append(xs[::2])
        out.append(xs[-i::-1])
        out.append(xs[i:-1:3])
    return out


def mixed_bounds():
    xs = list(range(20))
    got = []
    bounds = [1, 2, 3, None, 2**70, -(2**70), 4, True, 5]
    for i in range(90):
        b = bounds[i % len(bounds)]
        got.append(len(xs[b:]))
        got.append(len(xs[:b]))
    return got


def zero_step():
    xs = list(range(10))
    seen = 0
    for i in range(80):
        step = 0 if i == 70 else 1 + i % 3
        try:
            seen += len(xs[::step])
        except ValueError as e:
            return seen, str(e)
    return seen, None


def bad_extended_assignment():
    xs = list(range(12))
    for i in range(80):
        vals = [i] * (6 if i < 70 else 5)
        try:
            xs[::2] = vals
        except ValueError as e:
            return i, str(e), xs
    return None


def assign_values():
    xs = list(range(8))
    for i in range(80):
        if i % 4 == 0:
            xs[1:3] = (i, i + 1)
        elif i % 4 == 1:
            xs[1:3] = [i]
        elif i % 4 == 2:
            xs[1:2] = (j for j in range(3))
        else:
            xs[2:] = xs[:3]
        del xs[6:]
    return xs


class MyList(list):
    def __getitem__(self, key):
        return ("mine", key.start, key.stop)


def subclass_reads():
    got = []
    lists = [[1, 2, 3], MyList([1, 2, 3])]
    for i in range(80):
        got.append(lists[1 if i > 60 else 0][0:i % 3])
    return got[-3:], len(got)


print(reversals(7))
print(sum(len(s) for s in reads(list(range(9)))), reads([1, 2, 3])[-6:])
print(mixed_bounds()[-18:])
print(zero_step())
print(bad_extended_assignment())
print(assign_values())
print(subclass_reads())
