# __instancecheck__ / __subclasscheck__ on metaclasses drive isinstance and
# issubclass; tuples and multiple inheritance.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


class Stone:
    pass


print(isinstance(Robot(), Duck), isinstance(Stone(), Duck), isinstance(3, Duck))
print(issubclass(Robot, Duck), issubclass(Stone, Duck))
print(isinstance(Robot(), (int, Duck)), isinstance(Stone(), (int, Duck)))
print(issubclass(Robot, (Stone, Duck)), issubclass(int, (Stone,)))


class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class Even(metaclass=EvenMeta):
    pass


print([x for x in range(7) if isinstance(x, Even)])


# Multiple inheritance: every base along the MRO counts.
class A:
    pass


class B:
    pass


class C(A, B):
    pass


c = C()
print(isinstance(c, A), isinstance(c, B), issubclass(C, B), issubclass(B, C))
print(isinstance(c, (int, str)), isinstance(True, int), issubclass(bool, (str, int)))
print(type.__instancecheck__(A, c), type.__subclasscheck__(B, C))


class Logged(type):
    def __instancecheck__(cls, obj):
        print("check", cls.__name__, type(obj).__name__)
        return super().__instancecheck__(obj)


class L(metaclass=Logged):
    pass


class LL(L):
    pass


print(isinstance(LL(), L), isinstance(3, L))
for bad in ((1, 2), (c, 3)):
    try:
        issubclass(*bad)
    except TypeError as e:
        print("TypeError:", e)
isinstance(c, 3)
