# A cycle already in an exception's __context__ chain: raising a new
# exception while it is handled ends (the chain walk stops at the cycle).
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)


def longer_cycle():
    a, b, c = KeyError("a"), KeyError("b"), KeyError("c")
    a.__context__, b.__context__, c.__context__ = b, c, b
    try:
        raise a
    except KeyError:
        raise IndexError("new")


try:
    longer_cycle()
except IndexError as e:
    chain = []
    v = e
    for _ in range(5):
        chain.append(repr(v))
        v = v.__context__
    print(chain)


def self_chain():
    a = RuntimeError("a")
    try:
        raise a
    except RuntimeError:
        try:
            raise a
        except RuntimeError as again:
            return again.__context__


print(self_chain())
