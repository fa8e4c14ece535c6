# Int compares in traced loops, as bounds checks and loop conditions (a
# guard that branches on the compare's flags) and as values (a bool stored,
# added, returned, kept in a local that an exit restores): constants on
# either side of every operator, None tests, and guards that start failing
# part-way through a loop.


def const_left(n):
    counts = [0] * 6
    for i in range(n):
        if 5 < i:
            counts[0] += 1
        if 5 <= i:
            counts[1] += 1
        if 5 > i:
            counts[2] += 1
        if 5 >= i:
            counts[3] += 1
        if 5 == i:
            counts[4] += 1
        if 5 != i:
            counts[5] += 1
    return counts


def const_right(n):
    counts = [0] * 6
    for i in range(n):
        if i < 7:
            counts[0] += 1
        if i <= 7:
            counts[1] += 1
        if i > 7:
            counts[2] += 1
        if i >= 7:
            counts[3] += 1
        if i == 7:
            counts[4] += 1
        if i != 7:
            counts[5] += 1
    return counts


def negative_constants(n):
    total = 0
    for i in range(-n, n):
        if -3 < i:
            total += 1
        if i <= -2:
            total += 10
    return total


def bools_as_values(n):
    flags = []
    acc = 0
    for i in range(n):
        small = 3 < i
        acc += small
        acc += i > 9
        flags.append(small)
        last = 12 <= i
    return acc, flags[:5], flags[-3:], last


def compare_kept_across_exit(n):
    # The bool lives in a local while a later guard fails (a float appears).
    out = []
    for i in range(n):
        big = 4 < i
        x = 1.5 if i == n - 3 else 2
        out.append((big, x * 2))
    return out


def none_tests(values):
    seen = 0
    for v in values:
        if v is None:
            seen += 1
        if None is not v:
            seen += 100
    return seen


def constant_index_bounds(rows):
    total = 0.0
    for row in rows:
        total += row[0] + row[2]
        if len(row) > 5:
            total += row[5]
    return total


def while_const_left(limit):
    i = 0
    steps = 0
    while 1000 > i:
        i += limit
        steps += 1
    return steps, i


for n in (0, 1, 6, 7, 300):
    print(const_left(n), const_right(n), negative_constants(n))
print(bools_as_values(200))
out = compare_kept_across_exit(200)
print(out[:6], out[-4:])
print(none_tests([None, 1, None, "a", 0, None] * 50))
rows = [[float(i), 1.0, 2.0] for i in range(200)] + [[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]] * 50
print(constant_index_bounds(rows))
try:
    constant_index_bounds(rows + [[1.0, 2.0]])
except IndexError as e:
    print("IndexError", e)
print(while_const_left(7), while_const_left(1000), while_const_left(1001))
