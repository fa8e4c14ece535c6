# Benchmark: sorting (list.sort with key functions and tuples, a hand-written merge sort
# and insertion sort, bisect-style binary search).
# bench: default=240000 quick=2000
import sys


def merge_sort(xs):
    if len(xs) <= 16:
        out = xs[:]
        for i in range(1, len(out)):
            x = out[i]
            j = i - 1
            while j >= 0 and out[j] > x:
                out[j + 1] = out[j]
                j -= 1
            out[j + 1] = x
        return out
    mid = len(xs) // 2
    a = merge_sort(xs[:mid])
    b = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def search(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 240000
    s = 42
    xs = []
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(s % 100000)
    mine = merge_sort(xs)
    builtin = sorted(xs)
    pairs = [(x % 100, -x, str(x)) for x in xs]
    pairs.sort()
    by_key = sorted(xs, key=lambda v: (v % 7, v))
    found = 0
    for x in xs[: n // 2]:
        found += search(mine, x)
    print(mine == builtin, pairs[0], pairs[-1], by_key[:3], found % 1000000007)


main()
