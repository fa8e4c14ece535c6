# Comparison operators on ints, floats, strings, lists, tuples; chained comparisons; is / in.
print(1 < 2, 2 < 1, 2 <= 2, 3 >= 4, 5 > 4, 5 == 5, 5 != 5)
print(1 == 1.0, 2 < 2.5, -1.5 < -1, 10 ** 20 > 1e19, 10 ** 20 == 1e20)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "a" == "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, 2] == [1, 2])
print((1, "a") < (1, "b"), (2,) > (1, 100), () == ())
print(True == 1, False == 0, True + True)


def noisy(x):
    print("eval", x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1)
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "b" in "abc", 2 in (1, 2))
a = [1]
b = a
print(a is b, a is [1], a == [1], None is None, x is not None)
print(max(3, 7) == 7 > 6)
