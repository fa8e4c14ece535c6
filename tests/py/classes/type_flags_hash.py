# object.__hash__, type.__flags__ (abstract bit), type.__text_signature__.
import abc
import collections.abc


class A:
    pass


class B:
    def __eq__(self, other):
        return True


class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(Abs):
    def f(self):
        return 1


a = A()
print(A.__hash__ is object.__hash__, B.__hash__, list.__hash__, object.__hash__(a) == hash(a))
print(isinstance(a, collections.abc.Hashable), isinstance(B(), collections.abc.Hashable))
print(isinstance([], collections.abc.Hashable), hash(a) == hash(a), {a: 1}[a])
print(bool(Abs.__flags__ & (1 << 20)), bool(Concrete.__flags__ & (1 << 20)))
print(bool(A.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)), bool(A.__flags__ & (1 << 10)))
print(bool(int.__flags__ & (1 << 24)), bool(bool.__flags__ & (1 << 24)), bool(dict.__flags__ & (1 << 29)))
print(repr(object.__text_signature__), A.__text_signature__, int.__text_signature__ is None)


class H:
    def __hash__(self):
        return 42


class H2(H):
    pass


print(hash(H()), hash(H2()), H2.__hash__ is H.__hash__)
