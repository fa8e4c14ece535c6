# object.__dir__(self) from a user __dir__ (as Enum's): instance and class
# names, which dir() then sorts.
class Base:
    base_attr = 1

    def method(self):
        pass


class C(Base):
    cls_attr = 2

    def __init__(self):
        self.x = 3

    def __dir__(self):
        names = object.__dir__(self)
        return [n for n in names if not n.startswith("_")] + ["extra"]


print(dir(C()))
names = object.__dir__(C())
print(type(names).__name__, "x" in names, "base_attr" in names, "__init__" in names, len(names) == len(set(names)))
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()



print(dir(Color))
