# Properties with setters/deleters, classmethods, __slots__, and validation errors.
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        type(self).made = getattr(type(self), "made", 0) + 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{self.name} with area {self.area():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.radius = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value

    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r

    def area(self):
        return math.pi * self.radius ** 2

    @classmethod
    def from_area(cls, a):
        return cls(math.sqrt(a / math.pi))


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)


class Square(Rect):
    __slots__ = ()

    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle.from_area(10)]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in sorted(shapes)])
print(Shape.count, Circle.made, Rect.made, Square.made)
c = shapes[0]
c.radius = 2.5
print(c.radius, round(c.area(), 6))
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
del c.radius
try:
    c.radius
except AttributeError as e:
    print("AttributeError:", e)
r = shapes[1]
print(r.diagonal, hasattr(r, "__dict__"), hasattr(c, "__dict__"))
try:
    r.diagonal = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Rect.__slots__, Square.__slots__, type(Rect.w).__name__)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__)
print(Circle.radius.__class__.__name__, Circle.from_area.__func__.__name__)
print(vars(c), sorted(k for k in vars(Circle) if not k.startswith("__")))
sq = Square(3)
sq.name = "big square"
print(sq.name, sq.w, sq.area())
try:
    sq.color = "red"
    print("color ok", sq.color)
except AttributeError as e:
    print("AttributeError:", e)
