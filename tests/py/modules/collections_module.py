# The collections module as a whole: its names, _collections, the classes
# working together, and many objects alive across collections.
import collections
import _collections
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

print(collections.deque is _collections.deque, collections.defaultdict is _collections.defaultdict)
print(collections.OrderedDict is _collections.OrderedDict)
print(deque, defaultdict, OrderedDict, Counter)
print(issubclass(Counter, dict), issubclass(OrderedDict, dict), issubclass(defaultdict, dict))
print(Counter.__mro__, deque.__mro__)

Card = namedtuple("Card", "rank suit")
deck = deque(Card(r, s) for s in "SH" for r in "A23")
deck.rotate(2)
print(deck[0], deck[-1], len(deck))
by_suit = defaultdict(list)
for card in deck:
    by_suit[card.suit].append(card.rank)
print(sorted(by_suit.items()))
tally = Counter(card.suit for card in deck)
print(tally, tally.most_common(1))
ordered = OrderedDict(sorted(tally.items()))
print(ordered)

# Many objects kept in collections across allocations.
groups = defaultdict(deque)
for i in range(3000):
    groups[i % 7].append(("item", i, [i] * (i % 3)))
    if i % 5 == 0:
        groups[i % 7].popleft()
print({k: len(v) for k, v in sorted(groups.items())})
print(sum(t[1] for v in groups.values() for t in v))
words = Counter()
for i in range(2000):
    words["w%d" % (i % 37)] += 1
print(words.most_common(3), words.total(), len(words))
Pair = namedtuple("Pair", "a b", defaults=[None])
pairs = [Pair(i, str(i)) for i in range(500)]
print(pairs[-1], sum(p.a for p in pairs), Pair(1))
od = OrderedDict()
for i in range(300):
    od[i % 50] = [i]
    od.move_to_end(i % 50, last=(i % 2 == 0))
print(list(od)[:10], len(od))
