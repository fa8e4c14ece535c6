# N-queens by backtracking with closures over lists; counts solutions for n = 1..8.
def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    count = 0
    first = []
    placement = []

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if not first:
                first.extend(placement)
            return
        for c in range(n):
            if cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            cols[c] = diag1[row + c] = diag2[row - c + n] = True
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return count, first


for n in range(1, 9):
    print(n, solve(n))
