# Matrix class with operator dunders, NotImplemented, equality and hashing.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @staticmethod
    def zeros(n, m):
        return Matrix([[0] * m for _ in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{width}}" for x in r) for r in self.rows)

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x + other for x in r] for r in self.rows])
        if not isinstance(other, Matrix):
            return NotImplemented
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    __radd__ = __add__

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        return NotImplemented

    def __rmul__(self, other):
        return self * other

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __neg__(self):
        return self * -1

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __len__(self):
        return self.n

    def __iter__(self):
        return iter(self.rows)

    def __bool__(self):
        return any(x for r in self.rows for x in r)

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a + b), repr(a + 10), repr(1.5 + a))
print(repr(a * 3), repr(2 * a), repr(-a))
print(a @ b)
print(a.transpose(), a[1, 0], len(a), list(a))
print(a == Matrix([[1, 2], [3, 4]]), a != b, a == "x", a == 5)
print(bool(Matrix.zeros(2, 2)), bool(a))
print(len({a, Matrix([[1, 2], [3, 4]]), b}))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1], fib[0, 1].bit_length())
a[0, 0] = 100
print(a)
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)
m = Matrix.identity(3)
m += 1
print(m, type(m).__name__, Matrix.identity.__name__)
print(Matrix.__dict__["zeros"].__class__.__name__, callable(Matrix.zeros))
