# abs, min, max, sum over ints, floats, big ints, iterables, with key= and start values.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(10 ** 30)), abs(-0.0), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, -2, 9]), max((4, -2, 9)), min("hello"), max("hello"))
print(min(1, 1.0), max(1.0, 1), min(2, 1.5), max(-1, -1.5))
print(max([1, -7, 3], key=abs), min(["ccc", "a", "bb"], key=len), max("b", "abc", "ab"))
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2], 10), sum((1.5, 2.5)))
print(sum([10 ** 20, 10 ** 20, -1]), sum([1, 2.5, 3]))
print(max(range(10)), min(range(5, 10)), max([[1, 2], [1, 3], [0, 9]]))
print(min([5]), max([], default=-1), min((), default="empty"))
