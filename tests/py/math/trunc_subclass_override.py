# math.trunc: exact floats and ints directly; subclasses of float and int
# and other objects through their __trunc__.
import math


class T:
    def __trunc__(self):
        return 23


class F(float):
    def __trunc__(self):
        return 24


class I(int):
    def __trunc__(self):
        return 25


class PlainF(float):
    pass


print(math.trunc(T()), math.trunc(F(1.5)), math.trunc(I(3)), math.trunc(PlainF(-2.5)))
print(math.trunc(1.999), math.trunc(-7), math.trunc(True), type(math.trunc(PlainF(2.0))).__name__)
try:
    math.trunc(object())
except TypeError as e:
    print("TypeError:", e)
