# int() and float() conversions from ints, floats, strings and bools; int truncation toward zero.
print(int(), int(7), int(-7.9), int(7.9), int("42"), int("-0042"), int(" 17 "), int(True))
print(int("ff", 16), int("777", 8), int("1010", 2), int("z", 36), int("0x1f", 16))
print(float(), float(3), float("3.25"), float("-1e-3"), float(False), float(2 ** 53 + 1))
print(int(1e20), int(-1.5e18), int(2.0 ** 70))
print(str(12), str(-3.5), str(10 ** 25), repr(7), repr(-0.125))
print(int(float(2 ** 53)), float(int(1e15)) == 1e15)
print(7 // 2.0, 7 % 2.5, int(7 / 2), int(2.5))
