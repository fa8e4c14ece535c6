# skip-sanitized: stale pointers in the unoptimized interpreter frame delay collection (tests/CMakeLists.txt)
# weakref.WeakSet and weakref.WeakMethod.
import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Item(%s)" % self.name

    def hello(self):
        return "hello from " + self.name


a, b, c = Item("a"), Item("b"), Item("c")
s = weakref.WeakSet([a, b])
s.add(c)
s.add(a)
print(len(s), a in s, Item("z") in s, 3 in s)
print(sorted(x.name for x in s))
del b
gc.collect()
print(len(s), sorted(x.name for x in s))
s.discard(c)
s.discard(Item("q"))
print(len(s))
try:
    s.remove(c)
except KeyError:
    print("KeyError")
t = s.copy()
print(type(t).__name__, len(t), t == s)
s.clear()
print(len(s), len(t))
try:
    s.add(1)
except TypeError as e:
    print("TypeError", e)
u = weakref.WeakSet()
u.update([a, c])
print(sorted(x.name for x in u), u.issuperset([a]), u.issubset([a]))
print(sorted(x.name for x in u.union([]))), print(len(u.intersection([a])))
print(u.pop() in (a, c), len(u))

d = Item("d")
calls = []
wm = weakref.WeakMethod(d.hello, lambda ref: calls.append("dead"))
m = wm()
print(m(), m == d.hello, wm == weakref.WeakMethod(d.hello))
del m
del d
gc.collect()
print(wm(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
