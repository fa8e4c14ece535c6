# Metaclasses: __new__/__init__/__call__ overrides, attributes and methods of
# the metaclass visible on the class, type(name, bases, dict).
log = []


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__"))))
        ns["added_by_meta"] = name.upper()
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name, kw))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        instance = super().__call__(*args, **kwargs)
        instance.created_by = "Meta"
        return instance

    meta_attr = "from meta"

    def meta_method(cls):
        return "meta_method on " + cls.__name__

    @property
    def shout(cls):
        return cls.__name__ + "!"


class Widget(metaclass=Meta, size=3):
    def __init__(self, v):
        self.v = v

    def method(self):
        return self.v


w = Widget(5)
print(log)
print(w.v, w.created_by, w.method(), Widget.added_by_meta)
print(type(Widget).__name__, isinstance(Widget, Meta), isinstance(Widget, type))
print(Widget.meta_attr, Widget.meta_method(), Widget.shout)
print(hasattr(w, "meta_attr"), hasattr(w, "meta_method"))


class SubWidget(Widget):
    pass


print(type(SubWidget).__name__, log[-1], SubWidget(1).created_by)

# The three-argument form of type.
def describe(self):
    return "Dyn(" + str(self.a) + ")"


Dyn = type("Dyn", (object,), {"a": 1, "describe": describe})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__ == (object,), d.describe(), type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"a": 2})
print(Sub().describe(), Sub.__mro__ == (Sub, Dyn, object), issubclass(Sub, Dyn))
M2 = type("M2", (type,), {"tag": "m2"})
K = M2("K", (), {})
print(type(K) is M2, K.tag, type(type), type(M2))


# A metaclass that counts instances through __call__.
class Counting(type):
    def __call__(cls, *args):
        cls.instances = getattr(cls, "instances", 0) + 1
        return type.__call__(cls, *args)


class Thing(metaclass=Counting):
    pass


Thing(), Thing(), Thing()
print(Thing.instances)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")


print(Config() is Config())
print(Dyn, repr(Dyn()).startswith("<__main__.Dyn object"), Dyn.__module__, M2)
