# Attributes and __slots__ on instances of str and tuple subclasses.
class S(str):
    pass


s = S("hello")
s.tag = 1
s.other = [1, 2]
print(s, len(s), s.upper(), s.tag, s.other, sorted(vars(s)), s == "hello", hash(s) == hash("hello"))
s.tag += 5
del s.other
print(s.tag, hasattr(s, "other"), s.__dict__)
big = S("x" * 1000 + "\u20ac")
big.a = "A"
print(len(big), big.a, big[-1])
wide = S("\U0001f600ab")
wide.x = 3
print(wide.x, len(wide), wide[1:])


class Slotted(str):
    __slots__ = ("extra",)


z = Slotted("ab")
z.extra = 9
print(z.extra, z + "c")
try:
    z.nope = 1
except AttributeError as e:
    print("AttributeError", e)


class T(tuple):
    pass


t = T((1, 2, 3))
t.label = "three"
print(t, t.label, len(t), t[1], T(), vars(t))


class P(tuple):
    __slots__ = ()


p = P([4, 5])
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(p, type(p).__name__)

# many objects: exercises the collector with attribute tails
items = []
for i in range(2000):
    o = S(str(i) * (i % 7))
    o.i = i
    o.box = [i]
    items.append(o)
print(sum(o.i for o in items), sum(o.box[0] for o in items), items[1234], items[1234].box)

# namedtuple's __new__ builds instances without going through tuple.__new__
from collections import namedtuple

Pair = namedtuple("Pair", "x y")


class Tagged(Pair):
    pass


q = Tagged(1, 2)
q.extra = 3
print(q, q.extra, q._replace(x=5), vars(q))
