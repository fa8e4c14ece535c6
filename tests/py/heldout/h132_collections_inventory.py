# Warehouse bookkeeping with collections: Counter arithmetic, deque rotation and maxlen, OrderedDict LRU, ChainMap scopes, namedtuple and defaultdict trees.
from collections import Counter, deque, OrderedDict, ChainMap, namedtuple, defaultdict

stock = Counter(apples=10, pears=4, plums=0, figs=7)
sold = Counter({"apples": 3, "figs": 9, "kiwis": 1})
print(stock - sold, sold - stock, stock + sold, stock & sold, stock | sold)
left = stock.copy()
left.subtract(sold)
print(left, +left, -left, left.total(), sorted(left.elements())[:5])
print(stock.most_common(2), Counter("mississippi").most_common(), Counter("abc") == Counter("cba"))
stock.update(["pears", "pears", "dates"])
print(stock["pears"], stock["nothing"], "nothing" in stock, list(stock)[-1])

recent = deque(maxlen=4)
for order in range(1, 8):
    recent.append(f"o{order}")
print(recent, recent.maxlen)
recent.appendleft("o0")
print(recent, recent.popleft(), recent.pop(), recent)
ring = deque(range(6))
ring.rotate(2)
print(ring, end=" ")
ring.rotate(-3)
print(ring, ring.index(4), ring.count(1), ring[2], ring[-1])
ring.extendleft([10, 11])
ring.insert(3, 99)
ring.remove(99)
print(ring, list(reversed(ring))[:3], len(ring), 11 in ring)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(3)
for k in "abcab":
    cache[k] = k.upper()
cache["d"] = "D"
_ = cache["a"]
cache["e"] = "E"
print(list(cache.items()), cache.popitem(last=False), cache)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, od == OrderedDict([("z", 0), ("y", 0), ("x", 0)]), od == {"x": 0, "y": 0, "z": 0})

defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L"}
cli = {"qty": 5}
settings = ChainMap(cli, user, defaults)
print(settings["color"], settings["size"], settings["qty"], len(settings), sorted(settings))
child = settings.new_child({"color": "blue"})
child["extra"] = True
print(child["color"], settings["color"], child.maps[0], child.parents["color"], dict(child) == {**defaults, **user, **cli, "color": "blue", "extra": True})

Item = namedtuple("Item", ["sku", "name", "qty", "price"], defaults=[0, 0.0])
it = Item("s1", "bolt")
print(it, it._replace(qty=5), it._asdict(), Item._fields, Item._field_defaults, Item._make(["s2", "nut", 3, 0.1]))
x, *rest = Item("s3", "gear", 2, 1.5)
print(x, rest, it.qty, it[1], len(it), it.count("bolt"), it.index("s1"))

tree = lambda: defaultdict(tree)  # noqa: E731
warehouse = tree()
warehouse["A"]["shelf1"]["bin3"] = 12
warehouse["A"]["shelf2"]["bin1"] = 4
warehouse["B"]["shelf1"]["bin1"] = 9


def totals(node):
    if isinstance(node, int):
        return node
    return sum(totals(v) for v in node.values())


print({zone: totals(z) for zone, z in warehouse.items()}, totals(warehouse), sorted(warehouse["A"]))
groups = defaultdict(set)
for word in ["stop", "pots", "tops", "opts", "cat", "act", "dog"]:
    groups["".join(sorted(word))].add(word)
print(sorted((k, sorted(v)) for k, v in groups.items() if len(v) > 1))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4], counts.default_factory)
