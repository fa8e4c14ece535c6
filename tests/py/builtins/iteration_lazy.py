# enumerate, zip, map and filter are lazy iterator types: construction, reprs,
# iteration protocol, several iterables, start values, and exhaustion.
log = []


def noisy(v):
    log.append(v)
    return v * 10


m = map(noisy, [1, 2, 3])
print(log, type(m).__name__, isinstance(m, map), iter(m) is m)
r = repr(m)
print(r.startswith("<map object at 0x"), r.endswith(">"))
print(next(m), log)
print(list(m), log, list(m))
print(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))), list(map(pow, [2, 3], [5, 2], [7, 7])))
print(list(map(str.upper, "abc")), list(map(len, ["", "ab", [1]])))
for name, obj in [("zip", zip()), ("enumerate", enumerate([])), ("filter", filter(None, [])),
                  ("reversed", reversed(()))]:
    text = repr(obj)
    print(name, type(obj).__name__, text.startswith("<" + name + " object at 0x"), text[-1])

e = enumerate("xyz")
print(next(e), next(e), next(e), next(e, "done"))
print(list(enumerate([5, 6], 10)), list(enumerate([5, 6], start=-1)))
print(list(enumerate(iterable="ab", start=3)), list(enumerate("ab", True)))
print(list(enumerate("abc", 2 ** 62 - 2)))
print(list(enumerate("ab", 2 ** 70)), list(enumerate("a", -(2 ** 80))))
print(list(enumerate(range(3), start=2 ** 63 - 1)))
print(dict(enumerate("hi")))

z = zip("ab", [1, 2, 3], (True, None))
print(next(z), list(z), list(z))
print(list(zip()), list(zip([1, 2])), list(zip(range(3), range(10, 13), strict=True)))
print(list(zip("ab", "cd", strict=False)), dict(zip("abc", range(3))))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
print(list(zip([1, 2, 3], "abcdefghij", range(100))))

f = filter(lambda v: v > 2, [1, 5, 2, 7])
print(next(f), list(f))
print(list(filter(None, [0, 1, "", "a", [], [0], None, 0.0, 2.5])))
print(list(filter(bool, [0, 3, ""])), list(filter(str.isdigit, "a1b22c")))
print(list(filter(lambda v: v, range(-2, 3))))
print(sum(map(lambda v: v * v, filter(lambda v: v % 2, range(10)))))
print(sorted(map(abs, [-3, 1, -2])), tuple(zip("ab", "cd")), set(map(len, ["a", "bb", "cc"])))
print([i * c for i, c in enumerate("abc", 1)])
total = 0
for i, (x, y) in enumerate(zip([1, 2, 3], [4, 5, 6])):
    total += i * x * y
print(total)
print(list(map(lambda p: p[0] * p[1], zip(range(5), reversed(range(5))))))
