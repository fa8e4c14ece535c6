# list.sort and sorted: default order, reverse, key functions, stability, strings.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w.lower())
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))


def last_digit(n):
    return n % 10


print(sorted([23, 11, 42, 31, 7, 50], key=last_digit))
floats = [3.5, -1.25, 2.0, 1e10, -1e-3]
floats.sort()
print(floats)
print(sorted([3, 1, 2]) == [1, 2, 3], sorted([]), sorted((3, 2, 1)))
