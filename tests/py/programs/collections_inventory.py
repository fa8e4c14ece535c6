# A warehouse report built from collections: Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap

Item = namedtuple("Item", "sku name category qty price")
Move = namedtuple("Move", ["sku", "delta", "reason"], defaults=["adjust"])

stock = [
    Item("A1", "bolt", "hardware", 500, 0.05),
    Item("A2", "nut", "hardware", 800, 0.03),
    Item("B1", "glue", "chemicals", 40, 3.5),
    Item("B2", "paint", "chemicals", 25, 12.0),
    Item("C1", "hammer", "tools", 12, 15.25),
    Item("C2", "saw", "tools", 5, 22.0),
]
print(stock[0], stock[0]._asdict())
print(Item._fields, Move._field_defaults, Move("A1", 3))

by_cat = defaultdict(list)
for it in stock:
    by_cat[it.category].append(it.name)
print(dict(by_cat), by_cat["missing"], len(by_cat))

value = Counter()
for it in stock:
    value[it.category] += round(it.qty * it.price, 2)
print(value.most_common(2), sum(value.values()))

words = Counter("the quick brown fox jumps over the lazy dog the end".split())
print(words.most_common(3), words["fox"], words["cat"])
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(sorted((c1 + c2).elements()), Counter("hello").total())

moves = deque(maxlen=4)
for m in [Move("A1", -20, "sale"), Move("B1", 10), Move("C2", -1, "sale"),
          Move("A2", -100, "sale"), Move("C1", 2, "return")]:
    moves.append(m)
print(len(moves), moves[0].sku, [m.reason for m in moves])
moves.rotate(1)
print([m.sku for m in moves], moves.popleft().sku, moves.pop().sku)
d = deque(range(5))
d.extendleft([10, 11])
print(d, d.index(3), d.count(10))

table = {it.sku: it for it in stock}
for m in [Move("A1", -20, "sale"), Move("C2", -1, "sale"), Move("B1", 10)]:
    table[m.sku] = table[m.sku]._replace(qty=table[m.sku].qty + m.delta)
print([(s, i.qty) for s, i in table.items()])

recent = OrderedDict()
for sku in ["A1", "B2", "C1", "A1", "B1", "C1"]:
    recent[sku] = recent.get(sku, 0) + 1
    recent.move_to_end(sku)
print(recent, list(recent))
recent.move_to_end("B2", last=False)
print(recent.popitem(), recent.popitem(last=False), recent)

defaults = {"currency": "EUR", "tax": 0.2, "warehouse": "north"}
overrides = {"tax": 0.07}
cli = {"warehouse": "south"}
cfg = ChainMap(cli, overrides, defaults)
print(cfg["currency"], cfg["tax"], cfg["warehouse"], len(cfg), sorted(cfg))
child = cfg.new_child({"currency": "USD"})
print(child["currency"], cfg["currency"], child.parents["currency"])
child["tax"] = 0.0
print(child.maps[0], cfg["tax"])

nested = defaultdict(lambda: defaultdict(int))
for it in stock:
    nested[it.category][it.qty > 20] += 1
print({k: dict(v) for k, v in nested.items()})
print(repr(Counter()), repr(deque()), OrderedDict(a=1) == {"a": 1})
