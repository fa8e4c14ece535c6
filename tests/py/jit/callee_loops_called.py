# Callees whose loops the recorder cannot inline are called as compiled
# functions: a loop ending in an `if` (its two backward jumps go to one
# header), a loop over enumerate() in a callee, and closures of one code made
# afresh by each call of their enclosing function (the call must run the
# closure it is given, with its own cells, not the one seen when recording).
# Results, and an exception raised inside such a callee.


def closest(values, limit):
    best = -1
    for v in values:
        if v < limit:
            best = v
    return best


def first_clash(cols, c):
    r = len(cols)
    for pr, pc in enumerate(cols):
        if pc == c or abs(pc - c) == r - pr:
            return pr
    return -1


def make(k):
    data = list(range(k, k + 30))

    def hits(x):
        s = 0
        for i, v in enumerate(data):
            if v % x == 0:
                s += i
        if x == 0:
            raise ZeroDivisionError("never")
        return s

    return hits


def drive_closest(n):
    values = list(range(40))
    total = 0
    for i in range(n):
        total += closest(values, i % 45)
    return total


def drive_clash(n):
    cols = [3, 0, 4, 7, 1, 6, 2, 5, 9, 8, 11, 10, 13, 12, 15, 14]
    total = 0
    for i in range(n):
        total += first_clash(cols, i % 17) * (i % 5)
    return total


def drive_closures():
    out = []
    for k in range(8):
        f = make(k)
        t = 0
        for x in range(1, 80):
            t += f(x % 7 + 1)
        out.append(t)
    return out


def drive_raising():
    f = make(3)
    t = 0
    try:
        for x in range(200, -1, -1):
            t += f(x % 50 + 1 if x != 7 else 0)
    except ZeroDivisionError as e:
        return t, str(e)
    return t, None


print(drive_closest(500))
print(drive_clash(600))
print(drive_closures())
print(drive_raising())
