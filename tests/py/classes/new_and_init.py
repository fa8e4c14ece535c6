# The type.__call__ protocol: __new__ (implicit staticmethod) then __init__
# when __new__ returns an instance of the class; object.__new__ / __init__
# argument checks.
class Tracked:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        instance = super().__new__(cls)
        instance.from_new = True
        return instance

    def __init__(self, a, b=0):
        print("init", a, b)
        self.a = a


t = Tracked(1, b=2)
print(t.a, t.from_new, type(Tracked.__dict__["__new__"]).__name__)


class Other:
    def __new__(cls):
        return 42  # not an instance: __init__ is skipped

    def __init__(self):
        print("never")


print(Other())


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = object.__new__(cls)
        return cls._cache[key]

    def __init__(self, key):
        self.key = key


print(Cached(1) is Cached(1), Cached(1) is Cached(2), Cached(2).key)


class Sub(Tracked):
    def __init__(self, a):
        super().__init__(a, 9)


s = Sub(7)
print(s.a)


class NoInit:
    pass


class NoNew:
    def __init__(self, v):
        self.v = v


print(NoNew(3).v, type(NoInit()).__name__)
for thunk in (
    lambda: NoInit(1),
    lambda: NoInit(k=1),
    lambda: object.__new__(NoNew, 1),
    lambda: object.__new__(int),
    lambda: object.__new__(3),
    lambda: NoNew(1, 2),
):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)


class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)


print(type(OnlyNew(5)).__name__)


class CallsInitWithArgs:
    def __init__(self):
        super().__init__(1)


class BadReturn:
    def __init__(self):
        return 5


try:
    BadReturn()
except TypeError as e:
    print("TypeError:", e)


class Err(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = "x"
        return self


e = Err("boom", 2)
print(e.args, e.extra, str(e))
CallsInitWithArgs()
