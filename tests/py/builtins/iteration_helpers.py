# map, filter, zip, enumerate, reversed, sorted, any, all over lists, strings and ranges.
print(list(map(lambda v: v * v, [1, 2, 3])), list(map(str, range(3))))
print(list(filter(lambda v: v % 2, range(10))), list(filter(None, [0, 1, "", "a"])))
print(list(zip("abc", range(5))), list(zip([1, 2], (3, 4), "xy")))
for i, ch in enumerate("hey", start=1):
    print(i, ch)
print(list(reversed([1, 2, 3])), list(reversed(range(4))), sorted("hello", reverse=True))
print(any([0, 0, 1]), all([1, 2, 0]), any([]), all([]))
