# Loop shapes: nested loops, break and continue, while loops over several
# variables swapped each iteration, unpacking, bool and None conditions.
def nested(n):
    t = 0
    for i in range(n):
        for j in range(i):
            if j % 3 == 0:
                continue
            t += i * j
            if t > 10**12:
                break
    return t


def fib_pairs(n):
    a, b = 0, 1
    i = 0
    while i < n:
        a, b = b, a + b
        i += 1
    return a


def unpack(pairs):
    sx = sy = 0
    for x, y in pairs:
        sx += x
        sy -= y
    return sx, sy


def flags(values):
    count = 0
    seen_none = 0
    for v in values:
        if v is None:
            seen_none += 1
            continue
        if not v:
            count += 1
    return count, seen_none


def countdown(n):
    out = 0
    for i in range(n, 0, -3):
        out = out * 2 % 1000003 + i
    return out


print(nested(60))
print(fib_pairs(10), fib_pairs(100), fib_pairs(200))
print(unpack([(i, i * i) for i in range(100)]))
print(unpack([[i, -i] for i in range(100)]))
print(flags([True, False, None, 0, 1, 2, None] * 20))
print(countdown(1000))
t = (1, 2, 3)
def tuple_index(n):
    s = 0
    for i in range(n):
        s += t[i % 3]
    return s
print(tuple_index(100))
