# __slots__: attributes stored in slots, member descriptors on the class, no
# __dict__ unless listed, inheritance.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, type(P.x).__name__, P.x, P.x.__name__)
p.x = 10
print(p.x, hasattr(p, "__dict__"), "x" in P.__dict__)
for action in (lambda: setattr(p, "z", 1), lambda: p.__dict__, lambda: vars(p)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
del p.y
print(hasattr(p, "y"))
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y, P.x.__get__(p, P), P.y.__get__(p))


class P3(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = P3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"), isinstance(q, P))
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Free(P):
    pass  # no __slots__: instances get a __dict__ again


f = Free(1, 2)
f.extra = 3
print(f.x, f.extra, vars(f))


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)


class Empty:
    __slots__ = ()


try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)


class Private:
    __slots__ = ("__hidden",)

    def __init__(self):
        self.__hidden = 7

    def get(self):
        return self.__hidden


print(Private().get(), "_Private__hidden" in Private.__dict__)


class Default:
    __slots__ = ("v",)
    kind = "class attribute"


print(Default().kind)
try:
    P.x.__get__(3)
except TypeError as e:
    print("TypeError:", e)
try:

    class Clash:
        __slots__ = ("a",)
        a = 1

except ValueError as e:
    print("ValueError:", e)
# Many instances with slots share the layout.
pts = [P(i, i * i) for i in range(100)]
print(sum(pt.x + pt.y for pt in pts))
p.z = 1
