# while loops: counting, conditions, nested loops, else clause, break.
i = 0
total = 0
while i < 10:
    total += i
    i += 1
print(i, total)

n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps += 1
print("collatz steps", steps)

row = 1
while row <= 4:
    col = 1
    line = []
    while col <= row:
        line.append(row * col)
        col += 1
    print(line)
    row += 1

k = 0
while k < 3:
    k += 1
else:
    print("while-else ran", k)

k = 0
while True:
    k += 1
    if k == 5:
        break
else:
    print("not printed")
print("broke at", k)
