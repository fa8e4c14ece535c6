# A small Matrix class: tuple indexing, @, ==, hashing rules, powers, Fraction determinants, errors.
from fractions import Fraction
from functools import reduce
import operator


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self._rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self._rows), len(self._rows[0])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self._rows[i][j]
        return tuple(self._rows[idx])

    def __setitem__(self, idx, value):
        i, j = idx
        self._rows[i][j] = value

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._rows == other._rows

    __hash__ = None

    def __add__(self, other):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
            return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self._rows, other._rows)])
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, Fraction)):
            return Matrix([[a * k for a in r] for r in self._rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other._rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self._rows])

    def __pow__(self, e):
        result = Matrix.identity(self.shape[0])
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self._rows))

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        a = [[Fraction(x) for x in r] for r in self._rows]
        sign = 1
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return sign * reduce(operator.mul, (a[i][i] for i in range(n)), Fraction(1))

    def __repr__(self):
        return f"Matrix({self._rows})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self._rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[2, 1], [1, 1]])
B = Matrix([[1, 2, 3], [4, 5, 6]])
print(A.shape, B.shape, A[0], A[1, 0])
print(A @ B)
print(B.transpose())
print(A ** 10)
print((Matrix([[1, 1], [1, 0]]) ** 90)[0, 1])
print(3 * A == A * 3, A == [[2, 1], [1, 1]], A != A + A)
print(Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]]).det())
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print(H.det(), 1 / H.det())
print(Matrix([[0, 1], [1, 0]]).det(), Matrix([[1, 2], [2, 4]]).det())
C = Matrix.identity(3)
C[0, 2] = Fraction(1, 2)
print(repr(C))
print(C * Fraction(2, 3))
for bad in (lambda: {A}, lambda: A + B, lambda: A @ A.transpose() @ B.transpose(), lambda: Matrix([[1], [2, 3]]), lambda: A + 1):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
