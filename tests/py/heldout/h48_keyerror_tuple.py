# Held-out: a sparse grid keyed by tuples; ends with an uncaught KeyError whose key is a tuple.
from collections import defaultdict


class Grid:
    def __init__(self, width, height):
        self.width, self.height = width, height
        self.cells = {}

    def __setitem__(self, pos, value):
        x, y = pos
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"{pos} outside {self.width}x{self.height}")
        self.cells[pos] = value

    def __getitem__(self, pos):
        return self.cells[pos]

    def neighbours(self, pos):
        x, y = pos
        for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            p = (x + dx, y + dy)
            if p in self.cells:
                yield p

    def render(self):
        rows = []
        for y in range(self.height):
            rows.append("".join(self.cells.get((x, y), ".") for x in range(self.width)))
        return "\n".join(rows)


g = Grid(6, 4)
for i, p in enumerate([(0, 0), (1, 0), (2, 0), (2, 1), (2, 2), (5, 3), (4, 3)]):
    g[p] = "#" if i % 2 == 0 else "o"
print(g.render())
print(sorted(g.neighbours((2, 1))), list(g.neighbours((3, 3))))
try:
    g[6, 0] = "x"
except IndexError as e:
    print("IndexError:", e)
try:
    g[3, 3]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
counts = defaultdict(int)
for v in g.cells.values():
    counts[v] += 1
print(dict(counts), counts["missing"], len(counts))
d = {(1, 2): "a", ("x",): "b", (): "c"}
for key in [(1, 2), ("x",), ()]:
    print(key, d[key])
for key in [(3, 4), ("y",), ()]:
    try:
        print(d[key] if key else d.pop((), None))
    except KeyError as e:
        print("missing", e)


def region(grid, start):
    seen = set()
    todo = [start]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        todo.extend(grid.neighbours(p))
    return sorted(seen)


print(region(g, (0, 0)))
print(region(g, (4, 3)))
print(g[(2, 2)], g[2, 1])
path = [(0, 0), (1, 0), (1, 1)]
print([g[p] for p in path])
