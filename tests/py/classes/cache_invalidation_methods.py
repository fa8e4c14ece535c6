# Inline caches for methods and class attributes reached through the type:
# monkey-patching methods on the class and on a base class mid-loop, adding a
# data descriptor later, adding __getattribute__ / __getattr__ / __setattr__
# later, and an instance attribute shadowing a method.


class Base:
    def who(self):
        return 'Base.who'

    def kind(self):
        return 'base kind'


class Child(Base):
    def __init__(self):
        self.n = 0


def call_who(n):
    c = Child()
    out = []
    for i in range(n):
        out.append(c.who())
        out.append(c.kind)
        if i == 0:
            Child.who = lambda self: 'Child.who patched'
        if i == 1:
            Base.kind = 'now a string'
        if i == 2:
            del Child.who
        if i == 3:
            Base.who = lambda self: 'Base.who patched'
    return out


print([x if isinstance(x, str) else type(x).__name__ for x in call_who(5)])


def shadow_method(n):
    c = Child()
    out = []
    for i in range(n):
        out.append(c.who())
        if i == 1:
            c.who = lambda: 'instance callable'
        if i == 2:
            del c.who
    return out


print(shadow_method(4))


class Late:
    def __init__(self):
        self.v = 'instance v'


def data_descriptor_later(n):
    o = Late()
    out = []
    for i in range(n):
        out.append(o.v)
        if i == 1:
            Late.v = property(lambda self: 'property v')
        if i == 2:
            del Late.v
    return out


print(data_descriptor_later(4))


class Desc:
    def __get__(self, obj, owner):
        return 'Desc.__get__'


class Holder:
    d = Desc()

    def __init__(self):
        self.d = 'instance d'


def descriptor_class_gains_set(n):
    h = Holder()
    out = []
    for i in range(n):
        out.append(h.d)
        if i == 1:
            Desc.__set__ = lambda self, obj, value: None
    return out


print(descriptor_class_gains_set(3))


class Plain:
    limit = 3

    def __init__(self):
        self.x = 1


def getattribute_later(n):
    p = Plain()
    out = []
    for i in range(n):
        out.append(p.x)
        out.append(p.limit)
        if i == 1:
            Plain.__getattribute__ = lambda self, name: 'intercepted ' + name
        if i == 2:
            del Plain.__getattribute__
    return out


print(getattribute_later(4))


def getattr_hook_later(n):
    p = Plain()
    out = []
    for i in range(n):
        try:
            out.append(p.missing)
        except AttributeError as e:
            out.append(str(e))
        if i == 0:
            Plain.__getattr__ = lambda self, name: 'hooked ' + name
    return out


print(getattr_hook_later(2))


def setattr_later(n):
    p = Plain()
    log = []
    for i in range(n):
        p.x = i
        log.append(p.__dict__.get('x'))
        if i == 1:
            Plain.__setattr__ = lambda self, name, value: log.append('set ' + name)
        if i == 2:
            del Plain.__setattr__
    return log


print(setattr_later(4))


def store_then_property(n):
    p = Plain()
    out = []
    for i in range(n):
        try:
            p.x = i
        except AttributeError:
            out.append('AttributeError')
        out.append(p.x)
        if i == 1:
            Plain.x = property(lambda self: 'read-only x')
    return out


print(store_then_property(3))


def list_methods(n):
    items = []
    out = []
    for i in range(n):
        items.append(i)
        out.append(items.count(0))
    return items, out


print(list_methods(3))


class MyList(list):
    pass


def list_subclass_methods(n):
    ml = MyList()
    for i in range(n):
        ml.append(i)
        if i == 1:
            MyList.append = lambda self, x: list.append(self, x * 100)
    return ml


print(list_subclass_methods(4))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def m(self):
        return 'm'


def class_level_patch_through_base(n):
    class A:
        def f(self):
            return 'A.f'

    class B(A):
        pass

    class C(B):
        pass

    c = C()
    out = []
    for i in range(n):
        out.append(c.f())
        if i == 0:
            A.f = lambda self: 'A.f v2'
        if i == 1:
            B.f = lambda self: 'B.f'
    return out


print(class_level_patch_through_base(3), WithMeta().m())


class Config:
    LIMIT = 10

    def helper(x):
        return x * 2

    @staticmethod
    def stat():
        return 'static'

    @classmethod
    def klass(cls):
        return cls.__name__


class SubConfig(Config):
    pass


def class_receiver(n):
    out = []
    for i in range(n):
        out.append((Config.LIMIT, SubConfig.LIMIT, Config.helper(i), SubConfig.stat(),
                    SubConfig.klass()))
        if i == 0:
            Config.LIMIT = 20
        if i == 1:
            SubConfig.LIMIT = 'sub'
        if i == 2:
            Config.helper = lambda x: -x
        if i == 3:
            del SubConfig.LIMIT
    return out


for row in class_receiver(5):
    print(row)
