# Nested loops: the inner loop's trace exits when the inner loop ends; that
# exit gets hot and a side trace runs the outer loop's continuation back to
# the inner loop's header, linked to the inner trace. Shapes: for-range in
# for-range (matmul), for-list in for-range (nbody), while in while (sieve),
# an outer value whose type changes, a triple nest, and an inner loop whose
# list grows between outer iterations.
def matmul(a, b):
    n = len(a)
    out = []
    for i in range(n):
        row = []
        ai = a[i]
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += ai[k] * b[k][j]
            row.append(s)
        out.append(row)
    return out


m = [[(i * 7 + j * 3) % 11 / 4.0 for j in range(12)] for i in range(12)]
p = matmul(m, m)
print([round(sum(r), 6) for r in p])


def grid_sum(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += i * j
    return total


print(grid_sum(60, 40), grid_sum(3, 100), grid_sum(100, 3))


def pairs_sum(rows, steps):
    acc = 0.0
    for _ in range(steps):
        for r in rows:
            acc += r * 0.5
        for r in rows:
            acc -= r * 0.25
    return acc


print(pairs_sum([1.0, 2.0, 3.5, -1.25, 8.0], 200))


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return sum(1 for f in flags if f)


print(sieve(20000), sieve(1000))


def outer_type_changes(n):
    scale = 1
    total = 0
    for i in range(n):
        if i == n // 2:
            scale = 0.5
        if i == n - 5:
            scale = 10**19
        for j in range(30):
            total += j * scale
    return total


print(outer_type_changes(120))


def triple(n):
    c = 0
    for a in range(n):
        for b in range(a, n):
            for d in range(b, n):
                c += a ^ b ^ d
    return c


print(triple(25))


def growing(n):
    items = [1]
    seen = 0
    for i in range(n):
        for x in items:
            seen += x
        items.append(i)
    return seen, len(items)


print(growing(150))


def inner_break(n):
    found = 0
    for i in range(n):
        for j in range(100):
            if j * j > i:
                found += j
                break
    return found


print(inner_break(300))


def nested_while(n):
    i = 0
    t = 0
    while i < n:
        j = 0
        while j < i:
            t += j
            j += 3
        i += 1
    return t


print(nested_while(300))
