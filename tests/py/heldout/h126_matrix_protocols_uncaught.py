# A Grid container: __getitem__ with tuples and slices, __len__/__iter__/__contains__/__reversed__, equality and hashing; ends with an uncaught unhashable TypeError.
class Grid:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged rows")

    @classmethod
    def filled(cls, h, w, value=0):
        return cls([[value] * w for _ in range(h)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
                return Grid([row[c] if isinstance(c, slice) else [row[c]] for row in rows])
            return self.rows[r][c]
        if isinstance(key, slice):
            return Grid(self.rows[key])
        return tuple(self.rows[key])

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __reversed__(self):
        return (tuple(reversed(r)) for r in reversed(self.rows))

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __eq__(self, other):
        if not isinstance(other, Grid):
            return NotImplemented
        return self.rows == other.rows

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Grid([[v + other for v in row] for row in self.rows])
        if isinstance(other, Grid) and other.shape == self.shape:
            return Grid([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        return NotImplemented

    __radd__ = __add__

    def __bool__(self):
        return any(self)

    def __repr__(self):
        return f"Grid({self.rows})"

    def __str__(self):
        width = max(len(str(v)) for v in self) if self.rows else 0
        return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in self.rows)


g = Grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(g.shape, len(g), g[1], g[2, 0], g[-1, -1])
print(repr(g[0:2]), repr(g[:, 1]), repr(g[1:, ::2]), repr(g[0, 1:]))
g[1, 1] = 50
print(g)
print(list(g), sum(g), max(g), sorted(g, reverse=True)[:3])
print(list(reversed(g)), 50 in g, 5 in g, [r for r in iter(g.rows)])
print(g + 1 == Grid([[2, 3, 4], [5, 51, 7], [8, 9, 10]]), 10 + Grid.filled(1, 2), g == [[1]], g != g + 0)
print(bool(Grid.filled(2, 2)), bool(g), Grid([]).shape, str(Grid.filled(2, 3, "ab")))
try:
    g + Grid.filled(2, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Grid([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
try:
    g[5]
except IndexError as e:
    print("IndexError:", e)
print(Grid.__hash__, g.__class__.__name__, type(g).__eq__ is Grid.__eq__)
seen = {g: "first"}
