# __dict__ of instances and classes, vars(), __class__ and its assignment.
class A:
    cls_attr = 1

    def __init__(self):
        self.x = 1
        self.y = 2

    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


a = A()
print(a.__dict__, vars(a), a.__class__ is A, type(a).__name__)
a.z = 3
del a.x
print(vars(a))
a.__dict__ = {"q": 5}
print(vars(a), a.q, hasattr(a, "y"))
print("cls_attr" in A.__dict__, "m" in vars(A), A.__dict__["cls_attr"], "x" in A.__dict__)
print(A.__name__, A.__qualname__, A.__module__, B.__bases__ == (A,), B.__base__ is A)
print(A.__doc__, B.__mro__ == (B, A, object), A.mro() == [A, object])


def outer():
    class Local:
        pass

    return Local


L = outer()
print(L.__qualname__, L.__name__, repr(L)[:35])
L.__name__ = "Renamed"
print(L.__name__)

# __class__ assignment between compatible classes.
a.__class__ = B
print(a.m(), type(a) is B, isinstance(a, B))
a.__class__ = A
print(a.m())


class S1:
    __slots__ = ("v",)


class S2:
    __slots__ = ("v",)


class D:
    pass


try:
    a.__class__ = S1
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in A.__subclasses__()[0].__dict__ if not k.startswith("__")))
print(A.__subclasses__() == [B], B.__subclasses__())


class Doc:
    "docstring here"


print(Doc.__doc__, Doc().__doc__)
try:
    A.__mro__ = ()
except AttributeError as e:
    print("AttributeError:", e)
int.x = 1
