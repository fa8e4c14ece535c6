# Young floats and tuples stored into long old lists inside traced loops: the
# write barrier remembers such a list by index range, and compiled code widens
# the range of the list recorded last in place. Stores go downwards and
# upwards, alternate between two lists (the last holder changes), and minor
# collections run between rounds while the lists are the only references.


def churn(k):
    junk = []
    for i in range(k):
        junk.append((i, str(i)))
    return len(junk)


def down_up(a, rounds):
    n = len(a)
    for r in range(rounds):
        for i in range(n - 1, -1, -3):
            a[i] = a[i] * 0.5 + r
        for i in range(0, n, 5):
            a[i] = a[i] + 0.125 * i
        churn(40)
    return a


def alternate(a, b, rounds):
    n = len(a)
    for r in range(rounds):
        for i in range(n):
            a[i] = a[i] + b[n - 1 - i] * 0.25
            b[n - 1 - i] = (r, i, a[i] * 0.5)[2]
        churn(40)
    return a, b


def tuples(rows, rounds):
    for r in range(rounds):
        for row in rows:
            for k in range(len(row) - 1, 0, -1):
                row[k] = (r, k, float(k) * r)
        churn(60)
    return rows


a = [float(i) for i in range(300)]
b = [0.5 * i for i in range(300)]
churn(6000)
print(sum(down_up(a, 12)), a[0], a[150], a[299])
x, y = alternate(a, b, 10)
print(sum(x), sum(y), x[7], y[293])
rows = [[None] * 50 for _ in range(8)]
churn(6000)
rows = tuples(rows, 6)
churn(3000)
print([row[1] for row in rows[:2]], sum(t[2] for row in rows for t in row[1:]))
