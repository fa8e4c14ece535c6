# Matrix multiplication of int and float matrices built with comprehensions; traces and checksums.
def make_matrix(n, seed):
    m = []
    value = seed
    for i in range(n):
        row = []
        for j in range(n):
            value = (value * 1103515245 + 12345) % 2147483648
            row.append(value % 100 - 50)
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    inner = len(b)
    result = []
    for i in range(n):
        row_a = a[i]
        out = [0] * p
        for k in range(inner):
            aik = row_a[k]
            row_b = b[k]
            for j in range(p):
                out[j] += aik * row_b[j]
        result.append(out)
    return result


def trace(m):
    return sum([m[i][i] for i in range(len(m))])


a = make_matrix(40, 1)
b = make_matrix(40, 2)
c = matmul(a, b)
print(trace(c), c[0][:5], c[39][-3:])
print(sum([sum(row) for row in c]))
f = [[float(v) / 7 for v in row] for row in a]
g = matmul(f, f)
print(trace(g), g[3][4])
identity = [[1 if i == j else 0 for j in range(40)] for i in range(40)]
print(matmul(a, identity) == a)
power = a
for _ in range(3):
    power = matmul(power, a)
print(trace(power), max([max(row) for row in power]))
