# Loop nests whose inner exits get side traces that link back to the inner
# loop's trace from machine code (direct links): break, continue and else at
# each level, nests three deep, inner lists changing length between outer
# iterations, early returns from an inner loop, floats, bools, big ints and
# None carried across the link, and a type changing in the outer body.
def break_continue_else(rows):
    out = []
    for r in rows:
        total = 0
        for x in r:
            if x < 0:
                continue
            if x > 90:
                break
            total += x
        else:
            total += 1000
        out.append(total)
    return sum(out), out[:5]


rows = [[(i * 7 + j * 13) % 97 - 3 for j in range(i % 9)] for i in range(400)]
print(break_continue_else(rows))


def while_in_for(n):
    acc = 0
    for i in range(n):
        j = i % 7
        while j > 0:
            if j == 3:
                j -= 1
                continue
            acc += j * i
            j -= 1
        else:
            acc += 1
    return acc


print(while_in_for(600))


def three_deep(n):
    total = 0
    for a in range(n):
        for b in range(a % 5):
            for c in range(b + 2):
                total += a * b + c
    return total


print(three_deep(300))


def growing(n):
    xs = []
    total = 0
    for i in range(n):
        xs.append(i)
        if i % 4 == 0 and xs:
            xs.pop(0)
        for x in xs:
            total += x
    return total, len(xs)


print(growing(250))


def find_first(rows, target):
    for i, r in enumerate(rows):
        for x in r:
            if x == target:
                return i
    return -1


hits = 0
for t in range(60):
    hits += find_first(rows, t)
print(hits)


def carried(n):
    f = 0.0
    flag = False
    big = 1
    none = None
    for i in range(n):
        for j in range(3):
            f += j * 0.5
        flag = not flag
        big *= 3
        none = None if i % 2 else i
    return f, flag, big % 1000003, none


print(carried(300))


def type_change(n):
    scale = 1
    total = 0
    for i in range(n):
        if i == n // 2:
            scale = 0.25
        if i == n - 10:
            scale = 10**20
        for j in range(4):
            total += j * scale
    return total


print(type_change(400))


def nested_fn():
    res = []
    for i in range(200):
        k = 0
        while True:
            k += 1
            if k * k > i:
                break
        res.append(k)
    return sum(res)


print(nested_fn())
