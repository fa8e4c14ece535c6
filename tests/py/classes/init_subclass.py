# __init_subclass__ (an implicit classmethod) with class keywords, and
# __class_getitem__ (an implicit classmethod).
registry = []


class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)


class Alpha(Plugin, name="alpha!"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="g"):
    pass


print(registry, Alpha.plugin_name, Gamma.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Counted:
    count = 0

    def __init_subclass__(cls):
        Counted.count += 1
        cls.serial = Counted.count


class A(Counted):
    pass


class B(A):
    pass


print(A.serial, B.serial, Counted.count)


class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Box[int], Box["x", 1])


class SubBox(Box):
    pass


print(SubBox[str])
try:
    Counted[0]
except TypeError as e:
    print("TypeError:", e)
try:

    class Bad(Counted, flag=1):
        pass

except TypeError as e:
    print("TypeError:", e)


def make():
    class Inner(object, extra=2):
        pass


make()
