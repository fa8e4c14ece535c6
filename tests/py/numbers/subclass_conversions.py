# int(x), float(x) and abs(x) of int/float subclass instances call the
# subclass's own __int__/__float__/__abs__ (CPython's number slots); without
# an override they give plain ints/floats; str/tuple subclass instances
# carry attributes.
class I(int):
    def __int__(self):
        return 99

    def __abs__(self):
        return -1

    def __float__(self):
        return 1.5


class J(int):
    pass


class F(float):
    def __float__(self):
        return 7.0

    def __abs__(self):
        return "abs!"


class G(float):
    pass


print(int(I(3)), abs(I(-3)), float(I(3)), int(J(4)), abs(J(-4)), float(J(4)), type(int(J(4))).__name__, type(abs(J(-4))).__name__)
print(float(F(2.5)), abs(F(-2.5)), int(F(2.5)), float(G(2.5)), abs(G(-2.5)), type(float(G(1))).__name__, int(True), float(False), abs(True))
print(int("5"), float("2.5"), abs(-2), abs(-2.5), int(2.9), float(3), I(3) + 1, repr(I(3)), f"{I(5)}", "%d" % I(6), format(I(255), "x"))


class S(str):
    pass


class T(tuple):
    pass


s = S("x")
s.tag = 2
t = T((1,))
t.tag = 3
print(s.tag, t.tag, s + "y", type(s + "y").__name__, t + (2,))


class Bad(int):
    def __int__(self):
        return "no"


int(Bad(1))
