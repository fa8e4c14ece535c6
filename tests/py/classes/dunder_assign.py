# Assigning dunder methods on a class after creation updates dispatch, for
# the class and its subclasses; deleting them restores the default.
class V:
    def __init__(self, n):
        self.n = n


class W(V):
    pass


a, b = V(1), V(2)
V.__add__ = lambda self, other: V(self.n + other.n)
V.__repr__ = lambda self: "V(" + str(self.n) + ")"
V.__eq__ = lambda self, other: self.n == other.n
V.__len__ = lambda self: self.n
V.__getitem__ = lambda self, i: self.n * i
V.__call__ = lambda self, x: x + self.n
V.__iter__ = lambda self: iter(range(self.n))
V.__bool__ = lambda self: self.n > 1
V.__neg__ = lambda self: V(-self.n)
V.__lt__ = lambda self, other: self.n < other.n
print(a + b, repr(a), a == V(1), len(b), b[10], a(100), list(b), bool(a), bool(b), -a)
print(W(3) + W(4), len(W(5)), sorted([V(3), V(1), V(2)]))
W.__repr__ = lambda self: "W<" + str(self.n) + ">"
print(W(1), V(1))
del W.__repr__
print(W(1))
del V.__repr__
print(repr(V(1)).startswith("<__main__.V object at"))
V.__str__ = lambda self: "str-V"
print(str(a), f"{a}", W(9))
V.__hash__ = lambda self: 7
print(hash(a), hash(W(1)))
V.__contains__ = lambda self, x: x == "in"
print("in" in a, "out" in a)


class Num:
    pass


Num.__radd__ = lambda self, other: "radd " + str(other)
print(1 + Num())
Num.__setitem__ = lambda self, k, v: print("setitem", k, v)
n = Num()
n[1] = 2
Num.__enter__ = lambda self: "entered"
Num.__exit__ = lambda self, *a: None
with Num() as x:
    print(x)
del Num.__radd__
print(1 + Num())
