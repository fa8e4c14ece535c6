# Sparse vectors with __slots__ and the numeric protocols: reflected ops, sum(), abs, round, format, bool, hashing, uncaught TypeError.
import math


class SparseVector:
    __slots__ = ("dim", "_data")

    def __init__(self, dim, data=None):
        self.dim = dim
        self._data = {i: v for i, v in (data or {}).items() if v}
        if any(not 0 <= i < dim for i in self._data):
            raise IndexError(f"index out of range for dim {dim}")

    @classmethod
    def from_list(cls, values):
        return cls(len(values), dict(enumerate(values)))

    def __len__(self):
        return self.dim

    def __getitem__(self, i):
        if isinstance(i, slice):
            return SparseVector.from_list([self[j] for j in range(*i.indices(self.dim))])
        if i < 0:
            i += self.dim
        if not 0 <= i < self.dim:
            raise IndexError("SparseVector index out of range")
        return self._data.get(i, 0)

    def __iter__(self):
        return (self[i] for i in range(self.dim))

    def __contains__(self, value):
        return value in self._data.values() or (value == 0 and len(self._data) < self.dim)

    def __bool__(self):
        return bool(self._data)

    def _check(self, other):
        if isinstance(other, SparseVector):
            if other.dim != self.dim:
                raise ValueError(f"dimension mismatch: {self.dim} != {other.dim}")
            return True
        return False

    def __add__(self, other):
        if not self._check(other):
            if other == 0:
                return self
            return NotImplemented
        keys = self._data.keys() | other._data.keys()
        return SparseVector(self.dim, {k: self[k] + other[k] for k in keys})

    def __radd__(self, other):
        return self.__add__(other)

    def __neg__(self):
        return SparseVector(self.dim, {k: -v for k, v in self._data.items()})

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return SparseVector(self.dim, {i: v * k for i, v in self._data.items()})
        if self._check(k):
            return sum(v * k[i] for i, v in self._data.items())
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __abs__(self):
        return math.sqrt(sum(v * v for v in self._data.values()))

    def __round__(self, n=None):
        return SparseVector(self.dim, {i: round(v, n) for i, v in self._data.items()})

    def __eq__(self, other):
        return isinstance(other, SparseVector) and self.dim == other.dim and self._data == other._data

    def __hash__(self):
        return hash((self.dim, frozenset(self._data.items())))

    def __repr__(self):
        inner = ", ".join(f"{i}: {v}" for i, v in sorted(self._data.items()))
        return f"SparseVector({self.dim}, {{{inner}}})"

    def __format__(self, spec):
        if spec.endswith("d"):
            spec, dense = spec[:-1], True
        else:
            dense = False
        if dense:
            return "<" + " ".join(format(v, spec or "") for v in self) + ">"
        return "{" + ", ".join(f"{i}:{format(v, spec)}" for i, v in sorted(self._data.items())) + "}"


a = SparseVector(6, {0: 1, 3: 2.5, 5: -4})
b = SparseVector.from_list([0, 0, 0, 1, 0, 3])
print(a, b, len(a), list(b), a[-1], b[1:4])
print(a + b, a - b, -a, 2 * a, a * 0.5, a * b, b * a)
print(sum([a, b, b]), sum([], SparseVector(6)), bool(SparseVector(3)), bool(b))
print(abs(b), round(abs(a), 3), round(SparseVector(2, {0: 1.23456}), 2), round(a * (1 / 3), 1))
print(f"{a:.2f}", f"{b:d}", f"{a:5.1fd}", format(b, ""))
print(2.5 in a, 0 in a, 7 in a, 0 in SparseVector.from_list([1, 2]))
print(a == SparseVector(6, {0: 1, 3: 2.5, 5: -4, 1: 0}), len({a, b, a + SparseVector(6)}), a != b)
print(hasattr(a, "__dict__"), SparseVector.__slots__, sorted(vars(SparseVector))[:4])
try:
    a.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
for bad in (lambda: a + SparseVector(3), lambda: a[6], lambda: SparseVector(2, {5: 1}), lambda: a * "x"):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(a @ b)
