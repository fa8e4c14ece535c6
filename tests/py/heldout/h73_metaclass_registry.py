# Class machinery: metaclasses, __init_subclass__, __class_getitem__,
# __set_name__, MRO with diamonds, super chains.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        cls.created_by = mcls.__name__
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.serial = len(PluginMeta.registry) * 100 + len(args)
        return inst

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"


class Plugin(metaclass=PluginMeta):
    def __init__(self, *args):
        self.args = args


class Echo(Plugin):
    pass


class Upper(Plugin):
    def run(self, s):
        return s.upper()


print(sorted(PluginMeta.registry), Echo, type(Echo), Echo.created_by)
e = Echo(1, 2)
print(e.args, e.serial, isinstance(Echo, PluginMeta), Upper().run("hi"))


class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Shape:
    kinds = []

    def __init_subclass__(cls, /, sides=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.kinds.append((cls.__name__, sides))

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

    label = Field()


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


class Blob(Shape):
    pass


print(Shape.kinds, Square.sides, Blob.sides)
print(Shape[int], Triangle["big"], Shape.label.name, Shape.label.owner)
t = Triangle()
print(t.label)
t.label = "T1"
print(t.label, vars(t))


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), D.mro() == list(D.__mro__))
try:
    class Bad(B, D):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = 0

    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")


class Duck(metaclass=Counted):
    pass


class Robot:
    quack = True


print(isinstance(Robot(), Duck), isinstance(3, Duck), Duck.instances)
X = type("X", (A,), {"v": 5, "who": lambda self: ["X"] + A.who(self)})
print(X().who(), X.v, X.__name__, X.__qualname__, X.__module__)
print(type.__call__(Upper).run("ok"), Plugin.__class__.__mro__[1:])
