# Several constant indices of one list in a loop: the first bounds check
# tests the largest index (8 here), the others become NOPs (jit/bounds.h).
# jit-args: -X jit-threshold=5
def weigh(rows):
    total = 0.0
    for r in rows:
        total += r[0] * r[8] + r[3] - r[1]
    return total


print(weigh([[float(i + k) for k in range(9)] for i in range(40)]))
