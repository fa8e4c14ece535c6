# Matrix class with the full operator set: @, reflected, in-place, comparisons.
from fractions import Fraction


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged rows")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max((len(c) for r in cells for c in r), default=1)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __eq__(self, other):
        if isinstance(other, Matrix):
            return self.rows == other.rows
        return NotImplemented

    __hash__ = None

    def _zip(self, other, op):
        if isinstance(other, Matrix):
            if (self.n, self.m) != (other.n, other.m):
                raise ValueError(f"shape mismatch {self.n}x{self.m} vs {other.n}x{other.m}")
            return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
        if isinstance(other, (int, float, Fraction)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)

    def __radd__(self, other):
        if other == 0:
            return self
        return self._zip(other, lambda a, b: b + a)

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return self._zip(other, lambda a, b: b - a)

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return self._zip(k, lambda a, b: a * b)

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.m != other.n:
            raise ValueError("inner dimensions differ")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Matrix([other]) @ self
        return NotImplemented

    def __imatmul__(self, other):
        res = self @ other
        self.rows, self.n, self.m = res.rows, res.n, res.m
        return self

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def __neg__(self):
        return -1 * self

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(abs(x) for r in self.rows for x in r)

    def __bool__(self):
        return any(x for r in self.rows for x in r)

    def __len__(self):
        return self.n

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __iter__(self):
        return iter(self.rows)

    @property
    def T(self):
        return Matrix(zip(*self.rows))


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, A + B, A - 1, 10 - A, sep="\n--\n")
print(repr(2 * A), repr(A * Fraction(1, 2)))
print(A ** 10)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
print([1, 1] @ A)
C = A
C @= B
print(C is A, A)
C += 1
print(C is A, A, C)
print(sum([A, B, Matrix.identity(2)]))
print(-A == A * -1, A != B, abs(-A), bool(Matrix([[0, 0]])), len(Matrix([[1, 2, 3]])))
print(Matrix([[1, 2, 3]]).T, list(A.T))
for bad in (lambda: A @ 3, lambda: A * B, lambda: A + Matrix([[1]]), lambda: hash(A),
            lambda: Matrix([[1], [2, 3]]), lambda: "s" - A, lambda: A @ Matrix([[1, 2, 3]])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(A == [[2, 1], [4, 3]], A.__eq__(5))
