# break and continue in for and while loops, and the else clauses of loops.
def find(values, target):
    for i in range(len(values)):
        if values[i] == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([4, 8, 15, 16, 23, 42], 16)
find([4, 8, 15, 16, 23, 42], 7)
find([], 1)

odds = []
for n in range(20):
    if n % 2 == 0:
        continue
    if n > 13:
        break
    odds.append(n)
print(odds)

primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

i = 0
skipped = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        skipped += 1
        continue
else:
    print("while finished", i, skipped)

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
