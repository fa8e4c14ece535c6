# Benchmark: dense matrix multiply and LU-style elimination on lists of lists of floats.
# bench: default=230 quick=20
import sys


def make_matrix(n, seed):
    m = []
    s = seed
    for i in range(n):
        row = []
        for j in range(n):
            s = (s * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((s % 1000) / 100.0 + (5.0 if i == j else 0.0))
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    bt = [list(col) for col in zip(*b)]
    out = []
    for i in range(n):
        ai = a[i]
        row = []
        for j in range(n):
            bj = bt[j]
            s = 0.0
            for k in range(n):
                s += ai[k] * bj[k]
            row.append(s)
        out.append(row)
    return out


def determinant_log(m):
    m = [row[:] for row in m]
    n = len(m)
    acc = 0.0
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        p = m[c][c]
        acc += abs(p) ** 0.5
        for r in range(c + 1, n):
            f = m[r][c] / p
            row = m[r]
            src = m[c]
            for k in range(c, n):
                row[k] -= f * src[k]
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 230
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul(a, b)
    trace = sum(c[i][i] for i in range(n))
    print("%.6f" % trace)
    print("%.6f" % determinant_log(c))


main()
