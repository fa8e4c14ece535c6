# Abstract base classes and validation in __init__; the program ends with
# an exception raised in __init__ while handling another one.
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        if r <= 0:
            raise ValueError(f"radius must be positive: {r}")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def name(self):
        return "square" if self.w == self.h else "rectangle"

    def area(self):
        return self.w * self.h


class Half(Shape):
    def area(self):
        return 0.5


shapes = [Circle(1), Rect(2, 3), Rect(2, 2), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).name, isinstance(shapes[0], Shape), issubclass(Rect, ABC))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Rect.__abstractmethods__)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Tuple3(tuple):
    pass


Sized.register(int)
print(isinstance(3, Sized), issubclass(Tuple3, Sized))


class Temperature:
    def __init__(self, kelvin):
        if not isinstance(kelvin, (int, float)):
            raise TypeError(f"kelvin must be a number, not {type(kelvin).__name__}")
        if kelvin < 0:
            raise ValueError(f"below absolute zero: {kelvin}")
        self.kelvin = kelvin

    @property
    def celsius(self):
        return round(self.kelvin - 273.15, 2)

    @celsius.setter
    def celsius(self, value):
        self.__init__(value + 273.15)


t = Temperature(300)
print(t.celsius)
t.celsius = -10
print(t.kelvin, t.celsius)
for bad in ["hot", -1]:
    try:
        Temperature(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Sensor:
    def __init__(self, readings):
        try:
            self.temps = [Temperature(r) for r in readings]
        except ValueError:
            self.temps = []
            self.mean = sum(readings) / len(self.temps)


print(len(Sensor([1, 2, 3]).temps))
Sensor([280, -5])
