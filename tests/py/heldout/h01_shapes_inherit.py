# Held-out: classes with inheritance, properties, dunders, abstract methods, sorting.
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self): ...

    @property
    def perimeter(self):
        return self._perimeter()

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.3f})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def _perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def _perimeter(self):
        return 2 * (self.w + self.h)

    def __eq__(self, other):
        if not isinstance(other, Rect):
            return NotImplemented
        return (self.w, self.h) == (other.w, other.h)

    __hash__ = None


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, v):
        if v <= 0:
            raise ValueError(f"side must be positive, got {v}")
        self.w = self.h = v


shapes = [Circle(1.5), Rect(2, 3.5), Square(2), Circle(0.5), Rect(1, 1)]
for s in sorted(shapes):
    print(s, round(s.perimeter, 4))
print("count", Shape.count)
sq = Square(3)
sq.side = 4
print(sq.area(), sq.perimeter, sq == Rect(4, 4), sq != Rect(4, 5))
try:
    sq.side = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(sq)
except TypeError as e:
    print("TypeError:", e)
print(Square.__mro__)
print([c.__name__ for c in Square.__mro__])
print(isinstance(sq, Shape), issubclass(Square, Rect), issubclass(Circle, Rect))
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter).name)
print(Circle(2) == Circle(2), Rect(1, 2) == 5)
print(type(Square.side), Square.side.fget.__name__)
