# Floor division and modulo with negative operands (ints and floats): the result's sign
# follows the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3), (-1.0, 0.3)]:
    print(a, b, a // b, a % b)
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3)
print(-big // -(10 ** 15), -big % -(10 ** 15))
print(-1 % 10 ** 25, 5 % -(10 ** 25))
print(-3 // 1, -3 % 1, 3 % -1)
