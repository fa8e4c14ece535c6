# Custom containers: __iter__/__next__, __getitem__/__len__/__contains__, __call__, __reversed__.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)), sum(Countdown(100)), list(zip(Countdown(3), "abc")))


class Deck:
    ranks = "A23456789TJQK"
    suits = "SHDC"

    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __contains__(self, card):
        print(f"  contains? {card}")
        return card in self.cards

    def __reversed__(self):
        return iter(self.cards[::-1])


d = Deck()
print(len(d), d[0], d[-1], d[10:14], d[::13])
print("QH" in d, "ZZ" in d, list(reversed(d))[:3])
print([c for c in d if c.startswith("A")], next(iter(d)))


class OldStyleSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(OldStyleSeq()), 9 in OldStyleSeq(), 5 in OldStyleSeq(), list(enumerate(OldStyleSeq(), 1)))


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        for power, c in enumerate(self.coeffs):
            if c:
                terms.append(f"{c}" if power == 0 else f"{c}x^{power}")
        return " + ".join(reversed(terms)) or "0"


p = Polynomial(1, 0, -3, 2)
print(p, [p(x) for x in range(-2, 3)], callable(p), callable(3), p(10**10))
print(list(map(p, [0.5, 1.5])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(filter(str.isupper, "aBcDE")))
print(list(zip("ab", range(5), [True] * 3)), dict(zip("xyz", range(3))), list(zip()))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(list(enumerate("abc")), [(i, c) for i, c in enumerate("xy", start=-1)])
print(any(x > 2 for x in [1, 2, 3]), all([]), any([]), all(x for x in [1, 0]))
sentinel_iter = iter([5, 4, 0, 3].pop, 0)
print(list(sentinel_iter))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), t.depth(), sorted(t, reverse=True), 6 in t, min(t), max(t))
a, *rest = t
*init, last = Countdown(4)
first, (x, y), *_ = [1, (2, 3), 4, 5]
print(a, rest, init, last, first, x, y, _)
try:
    next(Countdown(0))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(Countdown(1))
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
