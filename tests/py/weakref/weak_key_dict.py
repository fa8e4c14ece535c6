# WeakKeyDictionary: entries disappear when their key dies; keys are looked
# up by equality and hash.
import gc
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Key(%d)" % self.n


d = weakref.WeakKeyDictionary()
keys = [Key(i) for i in range(4)]
for k in keys:
    d[k] = k.n * 100
print(len(d), d[keys[1]], keys[2] in d, Key(9) in d, 5 in d)
print(sorted(k.n for k in d.keys()), sorted(d.values()))
print(sorted((k.n, v) for k, v in d.items()), d.get(Key(7), "none"))

del keys[0]
gc.collect()
print(len(d), sorted(k.n for k in d))

del d[keys[0]]
print(len(d))
try:
    d[Key(5)]
except KeyError:
    print("KeyError")
try:
    d[3] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d[3]
except TypeError as e:
    print("TypeError:", e)


# Equal keys share an entry, as in a dict.
class Named:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        return hash(self.name)


n1 = Named("x")
n2 = Named("x")
d2 = weakref.WeakKeyDictionary()
d2[n1] = 1
d2[n2] = 2
print(len(d2), d2[n1], d2[Named("x")])
keys.clear()
gc.collect()
print(len(d), list(d.items()))
