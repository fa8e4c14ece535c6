# Sparse matrix with tuple keys, __missing__, __getitem__ slicing and a
# final uncaught KeyError carrying a tuple key.
from collections import defaultdict, ChainMap


class Sparse:
    def __init__(self, rows, cols):
        self.shape = (rows, cols)
        self.data = {}

    def __setitem__(self, key, value):
        r, c = key
        if not (0 <= r < self.shape[0] and 0 <= c < self.shape[1]):
            raise IndexError(f"index {key} out of range for shape {self.shape}")
        if value:
            self.data[key] = value
        else:
            self.data.pop(key, None)

    def __getitem__(self, key):
        if isinstance(key, int):
            return [self.data.get((key, c), 0) for c in range(self.shape[1])]
        r, c = key
        if isinstance(r, slice) or isinstance(c, slice):
            rows = range(*(r if isinstance(r, slice) else slice(r, r + 1)).indices(self.shape[0]))
            cols = range(*(c if isinstance(c, slice) else slice(c, c + 1)).indices(self.shape[1]))
            return [[self.data.get((i, j), 0) for j in cols] for i in rows]
        return self.data.get(key, 0)

    def __matmul__(self, other):
        out = Sparse(self.shape[0], other.shape[1])
        by_row = defaultdict(list)
        for (k, j), v in other.data.items():
            by_row[k].append((j, v))
        for (i, k), v in self.data.items():
            for j, w in by_row[k]:
                out[i, j] = out[i, j] + v * w
        return out

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def strict(self, key):
        return self.data[key]


m = Sparse(4, 4)
for i in range(4):
    m[i, i] = i + 1
m[0, 3] = 7
m[2, 1] = -2
print(len(m), m[0], m[1:3, :], m[::2, 3], m[3, 3], (0, 3) in m, (3, 0) in m)
sq = m @ m
print(sorted(sq.data.items()))
m[0, 3] = 0
print(len(m), m[0, 3])
try:
    m[4, 0] = 1
except IndexError as e:
    print("IndexError:", e)


class Defaults(dict):
    def __missing__(self, key):
        if isinstance(key, tuple):
            return sum(key)
        raise KeyError(key)


d = Defaults(a=1)
print(d["a"], d[(1, 2, 3)], d.get((1, 2)), (1, 2) in d)
try:
    d["zz"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    {}[()]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    {}[("single",)]
except KeyError as e:
    print("KeyError:", e)
cm = ChainMap({"x": 1}, {"x": 2, "y": 3})
print(cm["x"], cm["y"], len(cm), sorted(cm), cm.maps[1], cm.new_child({"z": 0})["z"])
cm["y"] = 30
print(cm.maps)
try:
    del cm["y"]
except KeyError as e:
    print("KeyError:", e)
grid = defaultdict(lambda: ".")
grid[1, 1] = "#"
print("".join(grid[r, c] for r in range(3) for c in range(3)), len(grid))
print(m.strict((1, 1)))
print(m.strict((1, 2)))
