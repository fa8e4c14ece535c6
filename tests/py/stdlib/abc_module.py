# abc: abstract methods block instantiation; register and isinstance.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Half(Shape):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Sized(metaclass=ABCMeta):
    pass


Sized.register(list)
print(isinstance([], Sized), isinstance({}, Sized), issubclass(list, Sized))
