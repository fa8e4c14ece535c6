# Small-int arithmetic: + - * / // % ** unary ops, precedence, augmented assignment.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, -(-a), ~a, ~-1)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(100 - 1 - 1, 100 // 7 // 2, 2 * 3 % 4)
x = 10
x += 3
x -= 1
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
print(6 / 3, 7 / 2, 1 / 3, -7 / 2, 0 / 5)
print(0 * -1, -0, 5 - 5)
total = 0
for i in range(1, 101):
    total += i * (1 if i % 2 else -1)
print(total)
print(True + 1, False * 10, True / 2)
print(1_000_000 + 0x10 + 0o17 + 0b101)
