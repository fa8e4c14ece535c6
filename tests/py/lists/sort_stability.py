# list.sort and sorted: stability with key and reverse, errors, sorted() kwargs.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1), ("f", 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = list(range(20))
l.sort(key=lambda v: v % 3)
print(l)
l.sort(key=lambda v: v % 4, reverse=True)
print(l)
n = [5, -1, 3.5, 2, -7, 0, 2.0, True]
n.sort(); print(n)
n.sort(key=abs, reverse=True); print(n)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1, 2), reverse=True))
print(sorted([[2, 1], [1, 5], [1, 2]]), sorted([(1, "b"), (1, "a")]))
t(lambda: sorted([1, "a"]))
t(lambda: [3, None].sort())
t(lambda: sorted([1], key=1))
t(lambda: sorted())
t(lambda: sorted([1, 2], lambda x: x))
t(lambda: [1].sort(1))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(s), sum(s))
pairs = [(i % 10, i) for i in range(100)]
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(r[:12])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
lst = [3, 2, 1]
def bad(v):
    lst.append(0)
    return v
t(lambda: lst.sort(key=bad))
