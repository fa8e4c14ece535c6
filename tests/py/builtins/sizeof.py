# object.__sizeof__ and sys.getsizeof: CPython 3.11's sizes for the common
# built-in objects (__sizeof__ leaves out the GC header getsizeof counts).
import sys


class Plain:
    pass


class Sized:
    def __sizeof__(self):
        return 100 + super().__sizeof__()


for o in [0, 5, 2**100, -(2**70), True, 1.5, 2j, "", "abc", "é", b"ab", (), (1, 2), {}, None, range(3)]:
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o))
print(Plain().__sizeof__(), sys.getsizeof(Plain()), Sized().__sizeof__(), sys.getsizeof(Sized()))
print(object.__sizeof__(5), "__sizeof__" in dir(object), callable(object.__dict__["__sizeof__"]))
print([].__sizeof__() <= sys.getsizeof([]), set().__sizeof__() + 16 == sys.getsizeof(set()))
