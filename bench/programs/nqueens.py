# Benchmark: n-queens: counting with bit masks, then list-based backtracking with nested
# closures (recursion, integer bit operations, enumerate, abs).
# bench: default=10 quick=6
import sys


def solve(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    full = (1 << n) - 1
    free = full & ~(cols | diag1 | diag2)
    while free:
        bit = free & -free
        free -= bit
        count += solve(n, row + 1, cols | bit, ((diag1 | bit) << 1) & full,
                       (diag2 | bit) >> 1)
    return count


def place_list(n):
    # A second, list-based solver: the first solution in lexicographic order.
    cols = []

    def ok(c):
        r = len(cols)
        for pr, pc in enumerate(cols):
            if pc == c or abs(pc - c) == r - pr:
                return False
        return True

    def go():
        if len(cols) == n:
            return True
        for c in range(n):
            if ok(c):
                cols.append(c)
                if go():
                    return True
                cols.pop()
        return False

    go()
    return cols


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    print(solve(n, 0, 0, 0, 0))
    total = 0
    for k in range(4, 2 * n + 2):
        total += sum(i * c for i, c in enumerate(place_list(k)))
    print(total)


main()
