# Subclasses of complex: __new__ with extra state, overridden operators, the
# inherited arithmetic and comparison dunders, real/imag, format, pickling
# and copy; complex's Python-visible dunders.

import copy
import pickle


class Z(complex):
    """A complex with a label and a custom operator."""

    def __new__(cls, re=0.0, im=0.0, label="z"):
        self = super().__new__(cls, re, im)
        self.label = label
        return self

    def __repr__(self):
        return f"Z<{self.label}>({complex.__repr__(self)})"

    def __add__(self, other):
        r = complex.__add__(self, other)
        return Z(r.real, r.imag, self.label + "+")

    def norm2(self):
        return self.real ** 2 + self.imag ** 2


class Plain(complex):
    pass


z = Z(1, 2, "a")
print(z, z.label, z.real, z.imag, z.norm2(), abs(z), z.conjugate(), type(z.conjugate()).__name__)
print(z + 1, z + Z(3, 4, "b"), 2 + z, type(2 + z).__name__, z * z, -z, type(-z).__name__)
print(z == complex(1, 2), hash(z) == hash(complex(1, 2)), isinstance(z, complex), issubclass(Z, complex))
p = Plain(3, -4)
print(p, repr(p), abs(p), type(p).__name__, p.__class__.__mro__)
p.tag = 5
print(p.tag, vars(p), Plain("1+2j"), Plain(2.5), Plain(), format(p, ".2f"), f"{p!r:>20}")
print(complex(p), type(complex(p)).__name__, p == 3 - 4j, {p: 1}[3 - 4j])
try:
    Plain("bad")
except ValueError as e:
    print("ValueError", e)
try:
    Plain(1, "x")
except TypeError as e:
    print("TypeError", e)
print(sorted([Plain(0, 1).imag, Plain(2).real]), Plain(1j) ** 2, pow(Plain(2), 2))
q = copy.copy(p)
print(q, type(q).__name__)

print(sorted(set(dir(complex)) - set(dir(object))))
class P(complex):
    pass


x = P(1, 2)
y = pickle.loads(pickle.dumps(x))
print(y, type(y).__name__, x.__getnewargs__(), x.__complex__(), type(x.__complex__()).__name__)
print(complex.__add__(1j, 2), complex.__radd__(1j, 2), complex.__eq__(1j, 1j), complex.__lt__(1j, 1j))
try:
    complex.__add__(1, 2)
except TypeError as e:
    print(e)

class Q(complex):
    pass


for obj in [1j, Q(1j)]:
    for attr in ["real", "imag"]:
        try:
            setattr(obj, attr, 1.0)
        except AttributeError as e:
            print("set", attr, e)
        try:
            delattr(obj, attr)
        except AttributeError as e:
            print("del", attr, e)
