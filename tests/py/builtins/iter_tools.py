# enumerate/zip(strict=True)/map/filter/reversed/iter(callable, sentinel)/next default.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate("ab", start=-1)))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
t(lambda: list(zip("ab", [1, 2], strict=True)))
t(lambda: list(zip("abc", [1, 2], strict=True)))
t(lambda: list(zip("ab", [1, 2, 3], strict=True)))
t(lambda: list(zip("ab", "ab", [1], strict=True)))
t(lambda: list(zip(1)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(7))))
t(lambda: list(map(len)))
t(lambda: map())
t(lambda: list(filter(5, [1])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())))
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(iter(Seq())), 20 in Seq())
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
t(lambda: iter(5, 1))
t(lambda: iter(5))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
t(lambda: next(it))
t(lambda: next([1]))
e = enumerate("xy")
print(next(e), iter(e) is e, list(e))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
t(lambda: enumerate(5))
t(lambda: enumerate("a", "b"))
t(lambda: type(enumerate("a")).__name__)
t(lambda: [type(x).__name__ for x in (zip(), map(abs, []), filter(None, []), reversed([]), iter(()), iter(""), iter({}), iter(set()), iter(range(1)))])
t(lambda: list(iter({}.items())))
t(lambda: dict(enumerate("ab")))
t(lambda: sum(1 for _ in zip(range(10**9), "abc")))
