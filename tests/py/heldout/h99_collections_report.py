# Sales report with Counter, defaultdict, OrderedDict, deque and ChainMap.
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap

sales = [
    ("north", "apples", 12), ("south", "pears", 5), ("north", "pears", 7),
    ("east", "apples", 3), ("south", "apples", 9), ("north", "plums", 1),
    ("east", "plums", 14), ("west", "apples", 6), ("south", "pears", 2),
]

by_fruit = Counter()
for region, fruit, n in sales:
    by_fruit[fruit] += n
print(by_fruit)
print(by_fruit.most_common(2), by_fruit["kiwi"], "kiwi" in by_fruit)
print(sorted(by_fruit.elements())[:5], by_fruit.total())

words = Counter("the quick brown fox jumps over the lazy dog the end".split())
letters = Counter("mississippi")
print(letters, letters.most_common())
other = Counter(s=1, i=10, z=2)
print(letters + other, letters - other, letters & other, letters | other)
print(-Counter(a=2, b=-3), +Counter(a=0, b=-1, c=4))
letters.subtract({"s": 5, "q": 1})
print(letters, dict(letters))
letters.update("sss")
print(letters["s"], words.most_common(1), Counter({"a": 3}) == Counter(a=3, b=0))

regions = defaultdict(lambda: defaultdict(int))
for region, fruit, n in sales:
    regions[region][fruit] += n
for region in sorted(regions):
    print(f"{region:<6}", dict(sorted(regions[region].items())))
print(regions["nowhere"]["x"], len(regions), "nowhere" in regions)
lists = defaultdict(list)
for i, (_, fruit, _) in enumerate(sales):
    lists[fruit].append(i)
print(lists, lists.default_factory)
dd = defaultdict(None, a=1)
try:
    dd["b"]
except KeyError as e:
    print("KeyError:", e)

od = OrderedDict()
for region, fruit, n in sales:
    od[region] = od.get(region, 0) + n
print(od)
od.move_to_end("north")
od.move_to_end("west", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict([("south", 16), ("east", 17)]), od == {"east": 17, "south": 16})
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(od)), od.copy())

window = deque(maxlen=3)
for _, _, n in sales:
    window.append(n)
    print(sum(window), end=" ")
print()
print(window, window.maxlen)
dq = deque(range(8))
dq.rotate(3)
print(dq)
dq.rotate(-5)
print(dq, dq.popleft(), dq.pop(), dq.index(5), dq.count(1))
dq.appendleft("L")
dq.extendleft([1, 2])
dq.extend("xy")
print(dq, dq[0], dq[-1], len(dq))
dq.insert(2, "ins")
dq.remove("L")
del dq[0]
print(dq, list(reversed(dq))[:3])
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

defaults = {"color": "red", "size": "M", "qty": 1}
env = {"size": "L"}
cli = {"qty": 3}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], cfg["qty"], len(cfg), sorted(cfg))
cfg["color"] = "blue"
print(cli, defaults["color"])
child = cfg.new_child({"size": "XL"})
print(child["size"], child.parents["size"], child.maps[0], dict(sorted(child.items())))
try:
    del cfg["size"]
except KeyError as e:
    print("KeyError:", e)
print(cfg)
