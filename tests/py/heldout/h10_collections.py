# Held-out: collections Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap.
from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap

text = "it was the best of times it was the worst of times"
c = Counter(text.split())
print(c.most_common(3), c["it"], c["nope"], len(c))
c2 = Counter("abracadabra")
print(c2, sorted(c2.elements())[:6], c2.total())
print(c2 + Counter("aab"), c2 - Counter("aaaaaaz"), c2 & Counter("abz"), c2 | Counter("zzz"))
c2.update("zz")
c2.subtract({"a": 10})
print(c2, +c2, -c2)
dd = defaultdict(list)
for i, w in enumerate("one two three four five six".split()):
    dd[len(w)].append((i, w))
print(dd, dict(dd), dd[10], len(dd))
cnt = defaultdict(int)
for ch in "mississippi":
    cnt[ch] += 1
print(sorted(cnt.items()), cnt.default_factory)
dq = deque(range(5), maxlen=7)
dq.appendleft(-1)
dq.extend([5, 6, 7])
print(dq, dq.maxlen, dq[0], dq[-1])
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.popleft(), dq.pop(), dq.count(3), dq.index(4))
dq2 = deque("abc")
dq2.extendleft("xy")
print(dq2, list(reversed(dq2)), "a" in dq2, len(dq2))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
Card = namedtuple("Card", "rank suit")
Emp = namedtuple("Emp", ["name", "age", "dept"], defaults=["eng"])
deck = [Card(r, s) for s in "SH" for r in "AK"]
print(deck, deck[0].rank, deck[-1]._asdict())
e = Emp("ann", 30)
print(e, e._replace(age=31), Emp._fields, Emp._field_defaults, Emp._make(["bob", 4, "ops"]))
name, age, dept = e
print(name, age, dept, e == ("ann", 30, "eng"), isinstance(e, tuple))
try:
    Emp("x")
except TypeError as err:
    print("TypeError:", err)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), cm.maps, cm.new_child({"c": 4})["c"], len(cm))
cm["z"] = 0
print(cm.maps[0])
stack = deque()
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
print(stack)
print(Counter(a=3, b=1) < Counter(a=4, b=1), Counter({"x": 0}) == Counter())
print(repr(Counter()), repr(deque()), repr(OrderedDict()), repr(defaultdict(str)))
