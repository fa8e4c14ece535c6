# Word statistics with collections: Counter arithmetic, defaultdict, namedtuple, deque windows, ChainMap settings, OrderedDict.
from collections import Counter, defaultdict, namedtuple, deque, ChainMap, OrderedDict
import re

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = re.findall(r"[a-z]+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq), freq.most_common(4))
print(freq["was"], freq["missing"], sum(freq.values()) == freq.total())
first_half = Counter(words[: len(words) // 2])
second_half = Counter(words[len(words) // 2:])
print(sorted((first_half - second_half).items()))
print(sorted((first_half & second_half).items())[:5], (first_half | second_half)["it"])
c2 = Counter(a=3, b=1)
c2.subtract(a=5, c=2)
print(c2, +c2, -c2, list(c2.elements()))
print(Counter("mississippi").most_common(), sorted(Counter("abracadabra").elements()))

by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
nested = defaultdict(lambda: defaultdict(int))
for a, b in zip(words, words[1:]):
    nested[a][b] += 1
print(dict(nested["was"]), dict(nested["of"]) == {k: v for k, v in nested["of"].items()})

Word = namedtuple("Word", "text count first_pos", defaults=[-1])
entries = [Word(w, n, words.index(w)) for w, n in freq.items() if n > 2]
entries.sort(key=lambda e: (-e.count, e.first_pos))
print(entries[:3])
print(entries[0]._asdict(), entries[0]._replace(count=0), Word._fields, Word("x", 1), Word._field_defaults)
t, cnt, pos = entries[1]
print(t, cnt, pos, entries[1][0], entries[1].count * 2, isinstance(entries[1], tuple))

window = deque(maxlen=3)
peaks = []
for w in words[:12]:
    window.append(len(w))
    if len(window) == 3:
        peaks.append(sum(window))
print(peaks, window, window.maxlen)
d = deque(range(6))
d.rotate(2)
d.appendleft(-1)
d.extend([7, 8])
print(d, d.popleft(), d.pop(), d.index(4), d.count(0), list(reversed(d)))

defaults = {"color": "blue", "size": 10, "debug": False}
user = {"size": 12}
cli = {"debug": True}
settings = ChainMap(cli, user, defaults)
print(settings["color"], settings["size"], settings["debug"], len(settings), sorted(settings))
child = settings.new_child({"color": "red"})
child["size"] = 99
print(child["color"], child.maps[0], settings["size"], child.parents["color"])

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == OrderedDict([("a", 0), ("c", 0), ("d", 0)]))
