# Held-out: class hierarchies: MRO, cooperative super, __init_subclass__, __class_getitem__, class attrs.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

    def run(self):
        return [f"Plugin.run({self.plugin_name})"]


class Loud(Plugin, name="LOUD"):
    def run(self):
        return ["Loud"] + super().run()


class Logged(Plugin):
    def run(self):
        return ["Logged"] + super().run()


class LoudLogged(Loud, Logged, name="both"):
    def run(self):
        return ["LoudLogged"] + super().run()


print(sorted(Plugin.registry), LoudLogged().run())
print([c.__name__ for c in LoudLogged.__mro__], LoudLogged.mro() == list(LoudLogged.__mro__))
print(Loud.plugin_name, issubclass(LoudLogged, Logged), isinstance(LoudLogged(), Plugin))


class Base:
    def __init__(self, **kw):
        self.trace = ["Base"]
        if kw:
            raise TypeError(f"unused {sorted(kw)}")


class A(Base):
    def __init__(self, a=0, **kw):
        super().__init__(**kw)
        self.a = a
        self.trace.append("A")


class B(Base):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.b = b
        self.trace.append("B")


class C(A, B):
    def __init__(self, c=0, **kw):
        super().__init__(**kw)
        self.c = c
        self.trace.append("C")


obj = C(a=1, b=2, c=3)
print(obj.trace, obj.a, obj.b, obj.c, [k.__name__ for k in C.__mro__])
try:
    C(d=4)
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"


print(Box[int], Box["x"], list[int], dict[str, list[int]], type(list[int]).__name__)
try:
    class Bad(A, Base, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class X(Base, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counter:
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, start):
        self.value = start


class SubCounter(Counter):
    pass


Counter(1), Counter(2), SubCounter(3)
print(Counter.instances, SubCounter.instances, SubCounter.__base__.__name__, SubCounter.__bases__)
print(C.__qualname__, C.__module__, C.__name__, C.__doc__, type(C).__name__, type(type))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.called = True
        return inst


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


w = WithMeta(5)
print(WithMeta, w.x, w.called, WithMeta.created_by, type(WithMeta).__name__, isinstance(WithMeta, Meta))
print(super(C, obj).__init__.__func__ is A.__init__, C.__dict__.get("a"), vars(obj) == obj.__dict__)
