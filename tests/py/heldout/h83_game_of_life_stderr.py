# Game of life with set-based board, print(sep/end/file=sys.stderr),
# sys.exit with a message at the end.
import sys
from collections import Counter


def parse(pattern):
    cells = set()
    for y, row in enumerate(pattern.strip("\n").splitlines()):
        for x, ch in enumerate(row):
            if ch == "#":
                cells.add((x, y))
    return cells


def step(cells):
    counts = Counter((x + dx, y + dy) for x, y in cells
                     for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def render(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))


def bbox(cells):
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    return min(xs), min(ys), max(xs), max(ys)


GLIDER = """
.#.
..#
###
"""
BLINKER = "###"
board = parse(GLIDER)
for gen in range(5):
    print(f"gen {gen}:", len(board), "cells", bbox(board), sep=" | ")
    print(render(board, 6, 6), end="\n\n")
    board = step(board)
b = parse(BLINKER)
print(sorted(b), sorted(step(b)), step(step(b)) == b, sep="\n")
print("a", "b", "c", sep="", end="!\n")
print(*range(5), sep=", ")
print(*"xyz", end="")
print()
print("to stderr", file=sys.stderr)
print("warning:", 42, sep="\t", file=sys.stderr, end="\n", flush=True)
sys.stdout.write("written %d\n" % sys.stdout.write(""))
print(sys.stdout.write("abc\n"))
print(file=sys.stdout)
history = []
state = parse(GLIDER)
for i in range(40):
    key = frozenset((x - bbox(state)[0], y - bbox(state)[1]) for x, y in state)
    if key in history:
        print("pattern repeats: gen", i, "matches gen", history.index(key))
        break
    history.append(key)
    state = step(state)
still = parse("##\n##")
print(step(still) == still, len(step(set())))
r_pent = parse(".##\n##.\n.#.")
sizes = []
for _ in range(30):
    r_pent = step(r_pent)
    sizes.append(len(r_pent))
print(sizes)
if sizes[-1] != 0:
    sys.exit(f"simulation did not die out: {sizes[-1]} cells left")
print("not reached")
