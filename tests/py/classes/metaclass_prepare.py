# __prepare__, metaclass derivation from bases, and the conflict error.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, kw)
        d = {"injected": 1}
        return d

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.keys = [k for k in ns if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=OrderedMeta, debug=True):
    z = 1
    a = 2

    def m(self):
        return injected


print(A.keys, A.injected, type(A).__name__)


# The metaclass of a base is used when none is given.
class B(A):
    q = 3


print(type(B).__name__, B.keys)


class M1(type):
    pass


class M2(M1):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


# The most derived metaclass wins, whichever order the bases come in.
class Z(X, Y):
    pass


print(type(Z).__name__)


class Z2(Y, X, metaclass=M1):
    pass


print(type(Z2).__name__)


class Other(type):
    pass


class W(metaclass=Other):
    pass


try:

    class Conflict(X, W):
        pass

except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("n", ()))


class Bad(Y, W):
    pass
