# BaseException.add_note and __notes__: the list, its errors, user subclasses,
# copies through ExceptionGroup.split, and a note on the uncaught exception.

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError", t)
e.__notes__ = ("a tuple",)
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError", t)
del e.__notes__
print(hasattr(e, "__notes__"))
add = e.add_note
add("bound")
print(e.__notes__)


class MyError(Exception):
    pass


m = MyError("m")
m.add_note("user subclass")
print(m.__notes__, type(m).add_note is BaseException.add_note)

g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
g.add_note("group note")
match, rest = g.split(ValueError)
print(match.__notes__, rest.__notes__, match.__notes__ is g.__notes__)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k:
    print(k.__notes__)


def fail():
    err = RuntimeError("boom")
    err.add_note("note line 1\nnote line 2")
    err.add_note("another")
    raise err


fail()
