# super() in classmethods of classes with a metaclass, metaclass methods
# called on the class, __getattr__ via getattr(), and the RuntimeError that
# wraps an exception raised by __set_name__.
class M(type):
    def create(cls):
        return cls()
class A(metaclass=M):
    @classmethod
    def make(cls):
        return super().__new__(cls)
    def __repr__(self):
        return "A!" + super().__repr__()[:3]
class B(A):
    @classmethod
    def make(cls):
        r = super().make()
        return r
print(B.make(), A.create(), type(B.create()).__name__)
class D:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
class G:
    def __getattr__(self, n): return n
g = G()
print(g.abc, getattr(g, "x"))
print(A.__class__, B.__mro__[1] is A, A.__name__, vars(A)["make"].__class__.__name__)
class K:
    d = D()
