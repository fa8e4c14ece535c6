# Held-out: exact linear algebra with Fractions, operator dunders on a Matrix class, formatted output.
from fractions import Fraction


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in r] for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)]
                       for i in range(self.n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def inverse(self):
        n = self.n
        a = [row[:] + ident for row, ident in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col] != 0:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])

    def det(self):
        if self.n == 1:
            return self[0, 0]
        return sum((-1) ** j * self[0, j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det()
                   for j in range(self.m))

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(A)
print("det", A.det())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv @ A == Matrix.identity(3))
b = Matrix([[4], [5], [6]])
x = inv @ b
print("solution", [str(v[0]) for v in x.rows], [float(v[0]) for v in x.rows])
print(repr(A.transpose()))
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print(H.det(), H.inverse()[0, 0], sum(H.inverse().rows[3]))
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
print(f"{float(Fraction(355, 113)):.10f}", Fraction(3, 4) < 0.8, Fraction(1, 3) == 1 / 3, hash(Fraction(1, 2)) == hash(0.5))
