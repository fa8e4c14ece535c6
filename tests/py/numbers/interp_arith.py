# Interpreter fast paths for small-int and float arithmetic (vm/interpreter.cpp):
# each result must equal the general path's, at the edges of the small-int range.
big = 2**62
edges = [0, 1, -1, 2, -2, 3, -3, 7, -7, 62, 63, 64, 100, -100, big - 1, -big, big, -big - 1,
         2**53, -(2**53), 2**53 + 1, 2**63, -(2**63)]
acc = []
for x in edges:
    for y in edges:
        row = [x + y, x - y, x * y, x & y, x | y, x ^ y]
        if y:
            row += [x // y, x % y, x / y]
        else:
            for op in (lambda: x // y, lambda: x % y, lambda: x / y):
                try:
                    op()
                except ZeroDivisionError as e:
                    row.append(str(e))
        if 0 <= y <= 200:
            row += [x << y, x >> y]
        elif y < 0:
            for op in (lambda: x << y, lambda: x >> y):
                try:
                    op()
                except ValueError as e:
                    row.append(str(e))
        acc.append(row)
print(len(acc), hash(str(acc)) == hash(str(acc)))
print(acc[5], acc[100], acc[-1])
print(sum(sum(v for v in r if isinstance(v, int)) for r in acc) % 1000003)
# Mixed float and int operands, both orders, and in-place forms.
floats = [0.0, -0.0, 1.5, -2.25, 1e300, float("inf")]
for f in floats:
    for i in [0, 1, -3, 2**53, 2**53 + 1, 2**62 - 1, 10**30]:
        out = [f + i, i + f, f - i, i - f, f * i, i * f]
        out.append(f / i if i else "zero")
        out.append(i / f if f else "zero")
        print(f, i, out)
s = 0.0
for j in range(10):
    s += j
    s *= 2
    s -= j / 3
print(s)
n = 10
n //= 3
n %= 2
n <<= 5
n >>= 2
print(n, ~5, ~-1, ~(2**62 - 1), ~(-(2**62)), not 0, not 1, not True, not None, not "")
x = 5
while x:
    x -= 1
print(x, -(-(2**62)), 7 // -2, -7 // 2, 7 % -2, -7 % 2, 2**61 * 2, 2**61 * 4)
print(True + True, True * 3, 5 // True, False | 4, 1 << True)
