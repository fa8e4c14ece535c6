# Conway's game of life on a set of cells; set algebra, comprehensions, print(sep=, end=).
from collections import Counter


def neighbours(cell):
    x, y = cell
    return {(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy}


def step(live):
    counts = Counter(n for c in live for n in neighbours(c))
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}


def render(live, w=8, h=6):
    for y in range(h):
        print(*("#" if (x, y) in live else "." for x in range(w)), sep="", end="|\n")


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = set(glider)
for gen in range(4):
    print(f"gen {gen}: {len(state)} cells, bbox x={min(x for x, _ in state)}..{max(x for x, _ in state)}")
    render(state)
    state = step(state)
shifted = {(x + 1, y + 1) for x, y in glider}
print(state == shifted, state - shifted, sorted(state))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
c = a.copy()
c.update([10, 11], (12,))
c.discard(99)
c.remove(1)
c.intersection_update(range(3, 12))
print(sorted(c), len(c), c.pop() in range(3, 12))
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, {fs: "frozen"}[frozenset({1, 2, 3})])
print({x % 7 for x in range(20)}, set([-1, -2, 5, 1000, 33, 8]), set(), {0.5, 1, -3})
print(sorted({10, 2, 33, -4, 2**40, 7}), set("hello") == set("olleh"), len(set([1, 1.0, True])))
print(Counter("abracadabra").most_common(3), sum(Counter("aab").values()))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = {w[0]: {x for x in words if x[0] == w[0]} for w in words}
print({k: sorted(v) for k, v in sorted(by_letter.items())})
print(*range(5), sep=", ", end=" <end>\n")
print("a", "b", sep="")
print()
print("no newline", end="")
print(" then newline")
print(*[1, 2], *"xy", sep="-")
