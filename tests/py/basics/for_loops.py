# for loops over range (all argument forms), lists, tuples, strings; nested loops.
print(list(range(5)))
print(list(range(2, 7)))
print(list(range(10, 0, -3)))
print(list(range(0, 10, 4)))
print(list(range(5, 5)))
print(list(range(-3, 3)))

acc = 0
for i in range(100):
    acc += i * i
print(acc)

for item in [3, "a", 4.5, None]:
    print(item)

for x in (1, 2, 3):
    for y in (10, 20):
        print(x * y, end=" ")
print()

for a, b in [(1, 2), (3, 4), (5, 6)]:
    print(a + b)

chars = []
for ch in "hello":
    chars.append(ch)
print(chars)

last = None
for last in range(3):
    pass
print("loop variable after loop:", last)

for i in range(3):
    i = i * 100
print(i)
