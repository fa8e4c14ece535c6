# Dicts large enough for multi-level index growth, with deletions (dummy
# slots), re-insertions, popitem and keys of equal hash.
d = {}
for i in range(100000):
    d[i * 7] = i
print(len(d), d[0], d[699993], d.get(5), 7 * 99999 in d)
for i in range(0, 100000, 3):
    del d[i * 7]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(0, 300, 3):
    d[i * 7] = -i
print(len(d), list(d.items())[-3:], d[21])
while len(d) > 66000:
    d.popitem()
print(len(d), list(d)[-2:])
print(sum(d.values()) % 1000003, sum(d) % 1000003)


class SameHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, SameHash) and self.v == other.v

    def __repr__(self):
        return "S%d" % self.v


h = {SameHash(i): i for i in range(50)}
print(len(h), h[SameHash(7)], SameHash(60) in h)
del h[SameHash(3)]
h[SameHash(3)] = "back"
print(list(h)[-2:], h[SameHash(3)])
print({-1: "a", -2: "b", 2**64: "c", 2**64 + 1: "d"}[2**64 + 1])
s = {str(i): i for i in range(70000)}
print(s["69999"], len(s), "70000" in s, list(s)[12345])
